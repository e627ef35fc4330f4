{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<p class="breadcrumb no-print"><a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a></p>
<h1>{{NUMBER}}</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<dl class="facts">
  <dt>{{T_ADM_DIRECTIVE_NUMBER}}</dt><dd>{{NUMBER}}</dd>
  <dt>{{T_ADM_CAMPAIGN_TITLE}}</dt><dd>{{TITLE_TEXT}}</dd>
  <dt>{{T_ADM_ISSUING_BODY}}</dt><dd>{{BODY_TEXT}}</dd>
  <dt>{{T_ADM_PERIOD}}</dt><dd>{{FROM_YEAR}}–{{TO_YEAR}}{{#CURRENT}} · {{T_ADM_CURRENT}}{{/CURRENT}}</dd>
</dl>

<h2>{{T_ADM_SCHEDULE}}</h2>
{{#NO_YEARS}}<p class="muted">{{T_ADM_NO_YEARS}}</p>{{/NO_YEARS}}
<table class="schedule">
  <thead><tr><th>{{T_ADM_YEAR}}</th><th>{{T_ADM_REGISTRATION_DEADLINE}}</th>{{#LEVEL_COL}}<th>{{T_ADM_RECOGNITION_DEADLINE}} {{LEVEL_LABEL}}</th>{{/LEVEL_COL}}<th>{{T_ADM_PROPOSAL_DEADLINE}}</th></tr></thead>
  <tbody>
  {{#YEAR}}<tr><td>{{YEAR_VALUE}}</td><td>{{REGISTRATION}}</td>{{#RECOGNITION_CELL}}<td>{{DATE}}</td>{{/RECOGNITION_CELL}}<td>{{PROPOSAL}}</td></tr>{{/YEAR}}
  </tbody>
</table>

<h2>{{T_ADM_EXTENSIONS}}</h2>
{{#NO_EXTENSIONS}}<p class="muted">{{T_ADM_NO_EXTENSIONS}}</p>{{/NO_EXTENSIONS}}
<table class="extensions">
  <thead><tr><th>{{T_ADM_YEAR}}</th><th>{{T_ADM_DEADLINE_KIND}}</th><th>{{T_ADM_LEVEL}}</th><th>{{T_UNIT}}</th><th>{{T_ADM_NEW_DEADLINE}}</th><th>{{T_ADM_REASON}}</th><th>{{T_ADM_GRANTED_BY}}</th></tr></thead>
  <tbody>
  {{#EXTENSION}}<tr><td>{{EXT_YEAR}}</td><td>{{EXT_KIND}}</td><td>{{EXT_LEVEL}}</td><td>{{#EXT_UNIT}}<a href="/admin/units/{{EXT_UNIT_ID}}">{{EXT_UNIT_NAME}}</a>{{/EXT_UNIT}}{{#EXT_ALL_UNITS}}{{T_ADM_ALL_UNITS}}{{/EXT_ALL_UNITS}}</td><td>{{EXT_DEADLINE}}</td><td>{{EXT_REASON}}</td><td>{{EXT_BY}}, {{EXT_AT}}</td></tr>{{/EXTENSION}}
  </tbody>
</table>

<section class="no-print">
<h2>{{T_ADM_SET_YEAR}}</h2>
<form method="post" action="/admin/campaigns/{{ID}}/years" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <label for="year">{{T_ADM_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR_INPUT}}" inputmode="numeric" maxlength="4" required>
  {{#YEAR_HAS_ERROR}}<p class="field-error">{{YEAR_ERROR}}</p>{{/YEAR_HAS_ERROR}}
  <label for="registration_deadline">{{T_ADM_REGISTRATION_DEADLINE}}</label>
  <input id="registration_deadline" name="registration_deadline" type="date" value="{{REGISTRATION_INPUT}}" required>
  {{#REGISTRATION_DEADLINE_HAS_ERROR}}<p class="field-error">{{REGISTRATION_DEADLINE_ERROR}}</p>{{/REGISTRATION_DEADLINE_HAS_ERROR}}
  {{#RECOGNITION_FIELD}}<label for="recognition_{{LEVEL_CODE}}">{{T_ADM_RECOGNITION_DEADLINE}} {{LEVEL_LABEL}}</label>
  <input id="recognition_{{LEVEL_CODE}}" name="recognition_{{LEVEL_CODE}}" type="date" value="{{VALUE}}">{{/RECOGNITION_FIELD}}
  {{#RECOGNITION_GRASSROOTS_HAS_ERROR}}<p class="field-error">{{RECOGNITION_GRASSROOTS_ERROR}}</p>{{/RECOGNITION_GRASSROOTS_HAS_ERROR}}
  {{#RECOGNITION_DISTRICT_HAS_ERROR}}<p class="field-error">{{RECOGNITION_DISTRICT_ERROR}}</p>{{/RECOGNITION_DISTRICT_HAS_ERROR}}
  {{#RECOGNITION_PROVINCE_HAS_ERROR}}<p class="field-error">{{RECOGNITION_PROVINCE_ERROR}}</p>{{/RECOGNITION_PROVINCE_HAS_ERROR}}
  {{#RECOGNITION_HAS_ERROR}}<p class="field-error">{{RECOGNITION_ERROR}}</p>{{/RECOGNITION_HAS_ERROR}}
  <label for="proposal_deadline">{{T_ADM_PROPOSAL_DEADLINE}}</label>
  <input id="proposal_deadline" name="proposal_deadline" type="date" value="{{PROPOSAL_INPUT}}" required>
  {{#PROPOSAL_DEADLINE_HAS_ERROR}}<p class="field-error">{{PROPOSAL_DEADLINE_ERROR}}</p>{{/PROPOSAL_DEADLINE_HAS_ERROR}}
  <p class="hint">{{T_ADM_SET_YEAR_HINT}}</p>
  <button type="submit">{{T_SAVE}}</button>
</form>

{{#HAS_YEARS}}
<h2>{{T_ADM_EXTEND}}</h2>
<form method="post" action="/admin/campaigns/{{ID}}/extensions" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="ext_year">{{T_ADM_YEAR}}</label>
  <select id="ext_year" name="ext_year">{{#YEAR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/YEAR_OPTION}}</select>
  {{#EXT_YEAR_HAS_ERROR}}<p class="field-error">{{EXT_YEAR_ERROR}}</p>{{/EXT_YEAR_HAS_ERROR}}
  <label for="kind">{{T_ADM_DEADLINE_KIND}}</label>
  <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  {{#KIND_HAS_ERROR}}<p class="field-error">{{KIND_ERROR}}</p>{{/KIND_HAS_ERROR}}
  <label for="level_id">{{T_ADM_LEVEL}}</label>
  <select id="level_id" name="level_id"><option value="">{{T_ADM_ALL_LEVELS}}</option>{{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select>
  {{#LEVEL_HAS_ERROR}}<p class="field-error">{{LEVEL_ERROR}}</p>{{/LEVEL_HAS_ERROR}}
  <label for="unit_id">{{T_UNIT}}</label>
  <select id="unit_id" name="unit_id"><option value="">{{T_ADM_ALL_UNITS}}</option>{{#UNIT_OPTION}}<option value="{{UNIT_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{UNIT_LABEL}}</option>{{/UNIT_OPTION}}</select>
  {{#UNIT_HAS_ERROR}}<p class="field-error">{{UNIT_ERROR}}</p>{{/UNIT_HAS_ERROR}}
  <label for="new_deadline">{{T_ADM_NEW_DEADLINE}}</label>
  <input id="new_deadline" name="new_deadline" type="date" value="{{NEW_DEADLINE}}" required>
  {{#NEW_DEADLINE_HAS_ERROR}}<p class="field-error">{{NEW_DEADLINE_ERROR}}</p>{{/NEW_DEADLINE_HAS_ERROR}}
  <label for="reason">{{T_ADM_REASON}}</label>
  <textarea id="reason" name="reason" rows="2" maxlength="1000" required>{{REASON}}</textarea>
  {{#REASON_HAS_ERROR}}<p class="field-error">{{REASON_ERROR}}</p>{{/REASON_HAS_ERROR}}
  <button type="submit">{{T_ADM_EXTEND}}</button>
</form>
{{/HAS_YEARS}}

<h2>{{T_ADM_EDIT}}</h2>
<form method="post" action="/admin/campaigns/{{ID}}" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
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
  <button type="submit">{{T_SAVE}}</button>
</form>
</section>
