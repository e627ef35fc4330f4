{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<p class="breadcrumb no-print"><a href="/admin/units">{{T_ADM_UNITS}}</a>{{#ANCESTOR}} › <a href="/admin/units/{{ANCESTOR_ID}}">{{ANCESTOR_NAME}}</a>{{/ANCESTOR}}</p>
<h1>{{NAME}} ({{CODE}})</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<dl class="facts">
  <dt>{{T_ADM_CODE}}</dt><dd>{{CODE}}</dd>
  <dt>{{T_ADM_NAME}}</dt><dd>{{NAME}}</dd>
  <dt>{{T_ADM_KIND}}</dt><dd>{{KIND}}</dd>
  <dt>{{T_ADM_LEVEL}}</dt><dd>{{LEVEL}}</dd>
  <dt>{{T_ADM_STATUS}}</dt><dd class="unit-status">{{STATUS}}</dd>
  <dt>{{T_ADM_CREATED_AT}}</dt><dd>{{CREATED_AT}}</dd>
  {{#CLOSED}}<dt>{{T_ADM_CLOSED_AT}}</dt><dd>{{CLOSED_AT}}</dd>{{/CLOSED}}
  {{#MERGED}}<dt>{{T_ADM_MERGED_INTO}}</dt><dd class="merged-into"><a href="/admin/units/{{MERGED_ID}}">{{MERGED_NAME}} ({{MERGED_CODE}})</a>, {{T_ADM_ON_DATE}} {{MERGED_AT}}</dd>{{/MERGED}}
</dl>
{{#ABSORBED}}<p class="absorbed">{{T_ADM_ABSORBED}}: <a href="/admin/units/{{ABSORBED_ID}}">{{ABSORBED_NAME}} ({{ABSORBED_CODE}})</a>, {{T_ADM_ON_DATE}} {{ABSORBED_AT}}</p>{{/ABSORBED}}

<h2>{{T_ADM_NAME_HISTORY}}</h2>
<table class="name-history">
  <thead><tr><th>{{T_ADM_NAME}}</th><th>{{T_ADM_VALID_FROM}}</th><th>{{T_ADM_VALID_TO}}</th></tr></thead>
  <tbody>{{#NAME_ROW}}<tr><td>{{HIST_NAME}}</td><td>{{VALID_FROM}}</td><td>{{VALID_TO}}</td></tr>{{/NAME_ROW}}</tbody>
</table>

<h2>{{T_ADM_CHILDREN}}</h2>
{{#NO_CHILDREN}}<p class="muted">{{T_ADM_NO_CHILDREN}}</p>{{/NO_CHILDREN}}
<table class="children">
  <tbody>{{#CHILD}}<tr><td><a href="/admin/units/{{CHILD_ID}}">{{CHILD_CODE}}</a></td><td>{{CHILD_NAME}}</td><td>{{CHILD_LEVEL}}</td><td>{{CHILD_STATUS}}</td></tr>{{/CHILD}}</tbody>
</table>
<p class="no-print"><a href="/admin/units/new?parent={{ID}}">{{T_ADM_UNIT_NEW_CHILD}}</a></p>

<h2>{{T_ADM_USERS}}</h2>
<table class="unit-users">
  <tbody>{{#USER}}<tr><td><a href="/admin/users/{{USER_ID}}">{{USER_LOGIN}}</a></td><td>{{USER_DISPLAY}}</td><td>{{USER_ROLE}}</td><td>{{#USER_INACTIVE}}{{T_ADM_INACTIVE}}{{/USER_INACTIVE}}</td></tr>{{/USER}}</tbody>
</table>
<p class="no-print"><a href="/admin/users/new?unit={{ID}}">{{T_ADM_USER_NEW}}</a></p>

{{#ACTIVE_FORMS}}
<section class="no-print">
<h2>{{T_ADM_RENAME}}</h2>
<form method="post" action="/admin/units/{{ID}}/rename" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="name">{{T_ADM_NEW_NAME}}</label>
  <input id="name" name="name" value="{{NEW_NAME}}" maxlength="255" required>
  {{#NAME_HAS_ERROR}}<p class="field-error">{{NAME_ERROR}}</p>{{/NAME_HAS_ERROR}}
  <p class="hint">{{T_ADM_RENAME_HINT}}</p>
  <button type="submit">{{T_ADM_RENAME}}</button>
</form>
<h2>{{T_ADM_MOVE}}</h2>
<form method="post" action="/admin/units/{{ID}}/move" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="parent_id">{{T_ADM_PARENT}}</label>
  <select id="parent_id" name="parent_id">{{#PARENT_OPTION}}<option value="{{UNIT_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{UNIT_LABEL}}</option>{{/PARENT_OPTION}}</select>
  {{#PARENT_HAS_ERROR}}<p class="field-error">{{PARENT_ERROR}}</p>{{/PARENT_HAS_ERROR}}
  <button type="submit">{{T_ADM_MOVE}}</button>
</form>
<h2>{{T_ADM_MERGE}}</h2>
<form method="post" action="/admin/units/{{ID}}/merge" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="into_id">{{T_ADM_MERGE_INTO}}</label>
  <select id="into_id" name="into_id"><option value="">—</option>{{#INTO_OPTION}}<option value="{{UNIT_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{UNIT_LABEL}}</option>{{/INTO_OPTION}}</select>
  {{#INTO_HAS_ERROR}}<p class="field-error">{{INTO_ERROR}}</p>{{/INTO_HAS_ERROR}}
  <p class="hint">{{T_ADM_MERGE_HINT}}</p>
  <button type="submit">{{T_ADM_MERGE}}</button>
</form>
<h2>{{T_ADM_CLOSE}}</h2>
<form method="post" action="/admin/units/{{ID}}/close" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  {{#CLOSE_HAS_ERROR}}<p class="field-error">{{CLOSE_ERROR}}</p>{{/CLOSE_HAS_ERROR}}
  <p class="hint">{{T_ADM_CLOSE_HINT}}</p>
  <button type="submit">{{T_ADM_CLOSE}}</button>
</form>
</section>
{{/ACTIVE_FORMS}}
