{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_PROPOSALS}} · {{UNIT_NAME}} · {{YEAR}}</h1>
<form method="get" action="/proposals" class="inline no-print">
  <label for="year">{{T_CY_YEAR}}</label> <input id="year" name="year" value="{{YEAR}}" size="5">
  <label for="unit">{{T_CY_UNIT_CODE}}</label> <input id="unit" name="unit" value="{{UNIT_CODE}}" size="10">
  <button type="submit">{{T_CY_SHOW}}</button>
</form>
<p class="no-print"><a href="/proposals/follow-ups">{{T_CY_FOLLOW_UPS}}</a> · <a href="/proposals/replications">{{T_CY_REPLICATIONS}}</a> · <a href="/recognitions?year={{YEAR}}">{{T_CY_RECOGNITIONS}}</a></p>
{{#HAS_ERROR}}<p class="error" role="alert">{{ERROR}}</p>{{/HAS_ERROR}}
{{#OUTBOX}}
<h2>{{T_CY_OUTBOX}} → {{PARENT_NAME}}</h2>
<p class="deadline">{{T_CY_PROPOSAL_DEADLINE}}: {{#HAS_DEADLINE}}<strong>{{DEADLINE}}</strong>{{/HAS_DEADLINE}}{{#NO_DEADLINE}}{{T_CY_NO_SCHEDULE}}{{/NO_DEADLINE}}
{{#DEADLINE_PASSED}} · <strong class="error">{{T_CY_DEADLINE_PASSED}}</strong>{{/DEADLINE_PASSED}}</p>
{{#NOTHING_TO_PROPOSE}}<p class="muted">{{T_CY_NOTHING_TO_PROPOSE}}</p>{{/NOTHING_TO_PROPOSE}}
{{#CAN_PROPOSE}}<form method="post" action="/proposals" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <input type="hidden" name="unit" value="{{UNIT_ID}}">
  <input type="hidden" name="year" value="{{YEAR}}">
  <input type="hidden" name="to_unit" value="{{PARENT_ID}}">
  <label for="model_id">{{T_CY_MODEL}}</label>
  <select id="model_id" name="model_id" required>{{#MODEL}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/MODEL}}</select>
  <label for="justification">{{T_CY_JUSTIFICATION}}</label>
  <textarea id="justification" name="justification" rows="3" required>{{JUSTIFICATION}}</textarea>
  <button type="submit">{{T_CY_CREATE_DRAFT}}</button>
</form>{{/CAN_PROPOSE}}
<table class="proposals outbox">
  <thead><tr><th>{{T_CY_MODEL}}</th><th>{{T_CY_KIND}}</th><th>{{T_CY_STATE}}</th><th>{{T_CY_SUBMITTED_AT}}</th><th>{{T_CY_NOTE}}</th></tr></thead>
  <tbody>{{#OUT}}<tr class="state-{{STATE}}"><td><a href="/proposals/{{ID}}">{{TITLE}}</a></td><td>{{KIND}}</td><td class="state">{{STATE_LABEL}}</td><td>{{SUBMITTED_AT}}</td><td>{{NOTE}}</td></tr>{{/OUT}}</tbody>
</table>
{{#OUT_EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/OUT_EMPTY}}
{{/OUTBOX}}
{{#INBOX}}
<h2>{{T_CY_INBOX}}</h2>
<p>{{T_CY_UNITS_HEARD}}: <strong class="heard">{{HEARD}}/{{CHILDREN}}</strong></p>
<table class="inbox-units">
  <thead><tr><th>{{T_CY_UNIT}}</th><th class="num">{{T_CY_STATE_submitted}}</th><th class="num">{{T_CY_STATE_returned}}</th><th class="num">{{T_CY_STATE_recognised}}</th><th class="num">{{T_CY_STATE_not_recognised}}</th><th class="num">{{T_CY_TOTAL}}</th><th>{{T_CY_PROPOSAL_DEADLINE}}</th><th></th></tr></thead>
  <tbody>{{#CHILD}}<tr class="unit-{{CODE}}{{#SILENT}} silent{{/SILENT}}"><td>{{NAME}}</td><td class="num">{{SUBMITTED}}</td><td class="num">{{RETURNED}}</td><td class="num">{{RECOGNISED}}</td><td class="num">{{NOT_RECOGNISED}}</td><td class="num">{{TOTAL}}</td><td>{{DEADLINE}}</td><td>{{#SILENT}}<strong class="error">{{T_CY_NOTHING_SUBMITTED}}</strong>{{/SILENT}}</td></tr>{{/CHILD}}</tbody>
</table>
<h3>{{T_CY_RECEIVED}}</h3>
<table class="proposals inbox">
  <thead><tr><th>{{T_CY_FROM}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_KIND}}</th><th>{{T_CY_STATE}}</th><th>{{T_CY_SUBMITTED_AT}}</th></tr></thead>
  <tbody>{{#IN}}<tr class="state-{{STATE}}"><td>{{FROM_NAME}}</td><td><a href="/proposals/{{ID}}">{{TITLE}}</a></td><td>{{KIND}}</td><td class="state">{{STATE_LABEL}}{{#ON_AGENDA}} · <a href="/reviews/{{MEETING_ID}}">{{T_CY_ON_AGENDA}}</a>{{/ON_AGENDA}}</td><td>{{SUBMITTED_AT}}</td></tr>{{/IN}}</tbody>
</table>
{{#IN_EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/IN_EMPTY}}
{{/INBOX}}
