{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_RECOGNISE}} · {{UNIT_NAME}} · {{YEAR}}</h1>
<p>{{T_CY_LEVEL}}: {{LEVEL}} · {{T_CY_MODELS_OF_YEAR}}: {{TOTAL}} · {{T_CY_CONSIDERED}}: {{CONSIDERED_COUNT}} · {{T_CY_RECOGNISED_COUNT}}: {{RECOGNISED_COUNT}}</p>
<form method="get" action="/recognitions/new" class="inline no-print">
  <label for="qyear">{{T_CY_YEAR}}</label> <input id="qyear" name="year" value="{{YEAR}}" size="5">
  <button type="submit">{{T_CY_SHOW}}</button>
</form>
{{#HAS_MESSAGE}}<p class="error" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/EMPTY}}
<form method="post" action="/recognitions" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <input type="hidden" name="unit" value="{{UNIT_ID}}">
  <input type="hidden" name="year" value="{{YEAR}}">
  <table class="candidates">
    <thead><tr><th>{{T_CY_RECOGNISE_COLUMN}}</th><th>{{T_CY_CONSIDERED}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_KIND}}</th><th>{{T_CY_RATING}}</th><th>{{T_CY_STATUS}}</th></tr></thead>
    <tbody>{{#MODEL}}<tr id="model-{{ID}}">
      <td>{{#ELIGIBLE}}<input type="checkbox" name="model_id" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}} aria-label="{{T_CY_RECOGNISE}}">{{/ELIGIBLE}}{{#RECOGNISED}}{{DECISION}}{{/RECOGNISED}}{{#NOT_ELIGIBLE}}<span class="muted">{{WHY_NOT}}</span>{{/NOT_ELIGIBLE}}</td>
      <td>{{#CONSIDERED}}✓{{/CONSIDERED}}{{#CAN_CONSIDER}}<input type="checkbox" name="considered_id" value="{{ID}}" aria-label="{{T_CY_CONSIDERED}}">{{/CAN_CONSIDER}}</td>
      <td><a href="/models/{{ID}}">{{TITLE}}</a> {{PERSON_NAME}}</td><td>{{KIND}}</td><td>{{RATING}}</td><td>{{STATUS}}</td></tr>{{/MODEL}}</tbody>
  </table>
  <button type="submit" formaction="/recognitions/considered" class="no-print">{{T_CY_MARK_CONSIDERED}}</button>
  <fieldset><legend>{{T_CY_DECISION}}</legend>
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
    <button type="submit">{{T_CY_RECORD_DECISION}}</button>
  </fieldset>
</form>
