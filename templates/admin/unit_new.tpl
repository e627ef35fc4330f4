{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_UNIT_NEW}}</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<form method="post" action="/admin/units" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="code">{{T_ADM_CODE}}</label>
  <input id="code" name="code" value="{{CODE}}" maxlength="32" required>
  <p class="hint">{{T_ADM_CODE_HINT}}</p>
  {{#CODE_HAS_ERROR}}<p class="field-error">{{CODE_ERROR}}</p>{{/CODE_HAS_ERROR}}
  <label for="name">{{T_ADM_NAME}}</label>
  <input id="name" name="name" value="{{NAME}}" maxlength="255" required>
  {{#NAME_HAS_ERROR}}<p class="field-error">{{NAME_ERROR}}</p>{{/NAME_HAS_ERROR}}
  <label for="kind">{{T_ADM_KIND}}</label>
  <select id="kind" name="kind"><option value="">—</option>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  {{#KIND_HAS_ERROR}}<p class="field-error">{{KIND_ERROR}}</p>{{/KIND_HAS_ERROR}}
  <label for="level_id">{{T_ADM_LEVEL}}</label>
  <select id="level_id" name="level_id"><option value="">—</option>{{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select>
  {{#LEVEL_HAS_ERROR}}<p class="field-error">{{LEVEL_ERROR}}</p>{{/LEVEL_HAS_ERROR}}
  <label for="parent_id">{{T_ADM_PARENT}}</label>
  <select id="parent_id" name="parent_id"><option value="">{{T_ADM_NO_PARENT}}</option>{{#PARENT_OPTION}}<option value="{{UNIT_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{UNIT_LABEL}}</option>{{/PARENT_OPTION}}</select>
  {{#PARENT_HAS_ERROR}}<p class="field-error">{{PARENT_ERROR}}</p>{{/PARENT_HAS_ERROR}}
  <button type="submit">{{T_ADM_CREATE}}</button>
</form>
