{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_MEETING}} #{{ID}} · {{UNIT_NAME}} · {{DATE}}</h1>
<p class="no-print"><a href="/reviews">{{T_CY_REVIEWS}}</a> · <a href="/reviews/{{ID}}/minutes">{{T_CY_MINUTES}}</a></p>
{{#HAS_MESSAGE}}<p class="error" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<dl class="facts">
  <dt>{{T_CY_STATE}}</dt><dd class="meeting-state state-{{STATE}}">{{STATE_LABEL}}</dd>
  <dt>{{T_CY_LEVEL}}</dt><dd>{{LEVEL}}</dd>
  <dt>{{T_CY_YEAR}}</dt><dd>{{YEAR}}</dd>
  <dt>{{T_CY_PLACE}}</dt><dd>{{PLACE}}</dd>
  <dt>{{T_CY_MEMBERS_PRESENT}} ({{MEMBER_COUNT}})</dt><dd class="pre">{{MEMBERS}}</dd>
  {{#DECIDED}}<dt>{{T_CY_DECISION}}</dt><dd class="decision">{{DECISION_NUMBER}} · {{DECISION_DATE}} · {{SIGNER_TITLE}} {{SIGNER}}</dd>{{/DECIDED}}
</dl>
<h2>{{T_CY_AGENDA}}</h2>
{{#AGENDA_EMPTY}}<p class="muted">{{T_CY_AGENDA_EMPTY}}</p>{{/AGENDA_EMPTY}}
<form method="post" action="/reviews/{{ID}}/decisions" class="decide">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="version" value="{{VERSION}}">
<table class="agenda">
  <thead><tr><th class="num">{{T_CY_NO}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_FROM}}</th><th>{{T_CY_OUTCOME}}</th></tr></thead>
  <tbody>{{#ITEM}}<tr id="item-{{PROPOSAL_ID}}"><td class="num">{{NO}}</td>
    <td><a href="/proposals/{{PROPOSAL_ID}}">{{TITLE}}</a> · {{KIND}} {{PERSON_NAME}}<br><span class="muted">{{JUSTIFICATION}}</span></td>
    <td>{{FROM_NAME}}</td>
    <td>{{#HAS_OUTCOME}}<strong class="outcome-{{OUTCOME}}">{{OUTCOME_LABEL}}</strong> ({{T_CY_VOTES_FOR}} {{FOR}}, {{T_CY_VOTES_AGAINST}} {{AGAINST}}, {{T_CY_VOTES_ABSTAIN}} {{ABSTAIN}}) {{REASON}}{{/HAS_OUTCOME}}
    {{#DECIDE_ITEM}}
      <label><input type="radio" name="outcome_{{PID}}" value="recognised"{{#RECOGNISED_CHECKED}} checked{{/RECOGNISED_CHECKED}}> {{T_CY_STATE_recognised}}</label>
      <label><input type="radio" name="outcome_{{PID}}" value="not_recognised"{{#NOT_RECOGNISED_CHECKED}} checked{{/NOT_RECOGNISED_CHECKED}}> {{T_CY_STATE_not_recognised}}</label><br>
      <label>{{T_CY_VOTES_FOR}} <input name="for_{{PID}}" value="{{FOR}}" size="3"></label>
      <label>{{T_CY_VOTES_AGAINST}} <input name="against_{{PID}}" value="{{AGAINST}}" size="3"></label>
      <label>{{T_CY_VOTES_ABSTAIN}} <input name="abstain_{{PID}}" value="{{ABSTAIN}}" size="3"></label><br>
      <label>{{T_CY_OUTCOME_REASON}} <input name="reason_{{PID}}" value="{{REASON}}"></label>
      {{#HAS_ERROR}}<p class="field-error">{{ERROR}}</p>{{/HAS_ERROR}}
    {{/DECIDE_ITEM}}</td></tr>{{/ITEM}}</tbody>
</table>
{{#DECISION_FORM}}
<fieldset class="no-print"><legend>{{T_CY_DECISION}}</legend>
  <label for="number">{{T_CY_DECISION_NUMBER}}</label>
  <input id="number" name="number" value="{{NUMBER}}">
  {{#NUMBER_HAS_ERROR}}<p class="field-error">{{NUMBER_ERROR}}</p>{{/NUMBER_HAS_ERROR}}
  <label for="date">{{T_CY_DECISION_DATE}}</label>
  <input id="date" name="date" value="{{DATE}}" placeholder="dd/mm/yyyy">
  {{#DATE_HAS_ERROR}}<p class="field-error">{{DATE_ERROR}}</p>{{/DATE_HAS_ERROR}}
  <label for="signer_name">{{T_CY_SIGNER_NAME}}</label>
  <input id="signer_name" name="signer_name" value="{{SIGNER_NAME}}">
  {{#SIGNER_NAME_HAS_ERROR}}<p class="field-error">{{SIGNER_NAME_ERROR}}</p>{{/SIGNER_NAME_HAS_ERROR}}
  <label for="signer_title">{{T_CY_SIGNER_TITLE}}</label>
  <input id="signer_title" name="signer_title" value="{{SIGNER_TITLE}}">
  {{#SIGNER_TITLE_HAS_ERROR}}<p class="field-error">{{SIGNER_TITLE_ERROR}}</p>{{/SIGNER_TITLE_HAS_ERROR}}
  <p class="hint">{{T_CY_DECIDE_HINT}}</p>
  <button type="submit">{{T_CY_DECIDE}}</button>
</fieldset>
{{/DECISION_FORM}}
</form>
{{#CAN_ADD}}
<h2 class="no-print">{{T_CY_ADD_TO_AGENDA}}</h2>
<form method="post" action="/reviews/{{ID}}/agenda" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <table class="candidates"><tbody>{{#CANDIDATE}}<tr><td><input type="checkbox" id="p-{{PROPOSAL_ID}}" name="proposal_id" value="{{PROPOSAL_ID}}"></td><td><label for="p-{{PROPOSAL_ID}}">{{TITLE}}</label></td><td>{{KIND}}</td><td>{{FROM_NAME}}</td></tr>{{/CANDIDATE}}</tbody></table>
  <button type="submit">{{T_CY_ADD_TO_AGENDA}}</button>
</form>
{{/CAN_ADD}}
{{#NO_CANDIDATES}}<p class="muted no-print">{{T_CY_NO_CANDIDATES}}</p>{{/NO_CANDIDATES}}
