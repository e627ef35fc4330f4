{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<p class="breadcrumb no-print"><a href="/admin/users">{{T_ADM_USERS}}</a></p>
<h1>{{NAME}} ({{LOGIN_VALUE}})</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<dl class="facts">
  <dt>{{T_LOGIN}}</dt><dd>{{LOGIN_VALUE}}</dd>
  <dt>{{T_ROLE}}</dt><dd>{{ROLE_NAME}}</dd>
  <dt>{{T_UNIT}}</dt><dd>{{#UNIT_LINK}}<a href="/admin/units/{{UNIT_ID}}">{{UNIT_NAME}} ({{UNIT_CODE}})</a>{{/UNIT_LINK}}{{#UNIT_TEXT}}{{UNIT_NAME}} ({{UNIT_CODE}}){{/UNIT_TEXT}}</dd>
  <dt>{{T_ADM_STATE}}</dt><dd class="user-state">{{STATE}}{{#MUST_CHANGE}} · {{T_ADM_MUST_CHANGE}}{{/MUST_CHANGE}}</dd>
</dl>
<section class="no-print">
<h2>{{T_ADM_EDIT}}</h2>
<form method="post" action="/admin/users/{{ID}}" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="display_name">{{T_ADM_DISPLAY_NAME}}</label>
  <input id="display_name" name="display_name" value="{{DISPLAY_NAME}}" maxlength="255" required>
  {{#DISPLAY_NAME_HAS_ERROR}}<p class="field-error">{{DISPLAY_NAME_ERROR}}</p>{{/DISPLAY_NAME_HAS_ERROR}}
  <label for="role">{{T_ROLE}}</label>
  <select id="role" name="role">{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
  {{#ROLE_HAS_ERROR}}<p class="field-error">{{ROLE_ERROR}}</p>{{/ROLE_HAS_ERROR}}
  <label for="unit_id">{{T_UNIT}}</label>
  <select id="unit_id" name="unit_id">{{#UNIT_OPTION}}<option value="{{UNIT_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{UNIT_LABEL}}</option>{{/UNIT_OPTION}}</select>
  {{#UNIT_HAS_ERROR}}<p class="field-error">{{UNIT_ERROR}}</p>{{/UNIT_HAS_ERROR}}
  <label for="lang">{{T_LANGUAGE}}</label>
  <select id="lang" name="lang">{{#LANG_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANG_OPTION}}</select>
  {{#LANG_HAS_ERROR}}<p class="field-error">{{LANG_ERROR}}</p>{{/LANG_HAS_ERROR}}
  <button type="submit">{{T_SAVE}}</button>
</form>
<h2>{{T_ADM_ACCESS}}</h2>
<form method="post" action="/admin/users/{{ID}}/active" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  {{#CAN_DEACTIVATE}}<input type="hidden" name="active" value="0"><button type="submit">{{T_ADM_DEACTIVATE}}</button>{{/CAN_DEACTIVATE}}
  {{#CAN_REACTIVATE}}<input type="hidden" name="active" value="1"><button type="submit">{{T_ADM_REACTIVATE}}</button>{{/CAN_REACTIVATE}}
  {{#ACTIVE_HAS_ERROR}}<p class="field-error">{{ACTIVE_ERROR}}</p>{{/ACTIVE_HAS_ERROR}}
</form>
<h2>{{T_ADM_RESET_PASSWORD}}</h2>
<form method="post" action="/admin/users/{{ID}}/password" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="password">{{T_ADM_TEMP_PASSWORD}}</label>
  <input id="password" name="password" type="password" autocomplete="new-password" required>
  <p class="hint">{{T_ADM_RESET_HINT}}</p>
  {{#PASSWORD_HAS_ERROR}}<p class="field-error">{{PASSWORD_ERROR}}</p>{{/PASSWORD_HAS_ERROR}}
  <button type="submit">{{T_ADM_RESET_PASSWORD}}</button>
</form>
</section>
