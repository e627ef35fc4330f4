{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_CAMPAIGN_NEW}}</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<form method="post" action="/admin/campaigns" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="directive_number">{{T_ADM_DIRECTIVE_NUMBER}}</label>
  <input id="directive_number" name="directive_number" value="{{DIRECTIVE_NUMBER}}" maxlength="64" required>
  {{#DIRECTIVE_NUMBER_HAS_ERROR}}<p class="field-error">{{DIRECTIVE_NUMBER_ERROR}}</p>{{/DIRECTIVE_NUMBER_HAS_ERROR}}
  <label for="title">{{T_ADM_CAMPAIGN_TITLE}}</label>
  <textarea id="title" name="title" rows="2" maxlength="500" required>{{TITLE_VALUE}}</textarea>
  {{#TITLE_HAS_ERROR}}<p class="field-error">{{TITLE_ERROR}}</p>{{/TITLE_HAS_ERROR}}
  <label for="issuing_body">{{T_ADM_ISSUING_BODY}}</label>
  <input id="issuing_body" name="issuing_body" value="{{ISSUING_BODY}}" maxlength="255" required>
  {{#ISSUING_BODY_HAS_ERROR}}<p class="field-error">{{ISSUING_BODY_ERROR}}</p>{{/ISSUING_BODY_HAS_ERROR}}
  <label for="start_year">{{T_ADM_START_YEAR}}</label>
  <input id="start_year" name="start_year" value="{{START_YEAR}}" inputmode="numeric" maxlength="4" required>
  {{#START_YEAR_HAS_ERROR}}<p class="field-error">{{START_YEAR_ERROR}}</p>{{/START_YEAR_HAS_ERROR}}
  <label for="end_year">{{T_ADM_END_YEAR}}</label>
  <input id="end_year" name="end_year" value="{{END_YEAR}}" inputmode="numeric" maxlength="4" required>
  {{#END_YEAR_HAS_ERROR}}<p class="field-error">{{END_YEAR_ERROR}}</p>{{/END_YEAR_HAS_ERROR}}
  <label><input type="checkbox" name="is_current" value="1"{{#IS_CURRENT}} checked{{/IS_CURRENT}}> {{T_ADM_IS_CURRENT}}</label>
  <button type="submit">{{T_ADM_CREATE}}</button>
</form>
