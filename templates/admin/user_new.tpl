{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_USER_NEW}}</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<form method="post" action="/admin/users" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="login">{{T_LOGIN}}</label>
  <input id="login" name="login" value="{{LOGIN_VALUE}}" maxlength="64" required autocomplete="off">
  <p class="hint">{{T_ADM_LOGIN_HINT}}</p>
  {{#LOGIN_HAS_ERROR}}<p class="field-error">{{LOGIN_ERROR}}</p>{{/LOGIN_HAS_ERROR}}
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
  <label for="password">{{T_ADM_TEMP_PASSWORD}}</label>
  <input id="password" name="password" type="password" autocomplete="new-password" required>
  <p class="hint">{{T_ADM_TEMP_PASSWORD_HINT}}</p>
  {{#PASSWORD_HAS_ERROR}}<p class="field-error">{{PASSWORD_ERROR}}</p>{{/PASSWORD_HAS_ERROR}}
  <button type="submit">{{T_ADM_CREATE}}</button>
</form>
