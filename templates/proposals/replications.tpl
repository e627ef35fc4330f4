{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_REPLICATIONS}}</h1>
{{#FOR_MODEL}}<p class="no-print"><a href="/models/{{MODEL_ID}}">{{T_CY_VIEW_MODEL}}</a> · <a href="/proposals/replications">{{T_CY_ALL_REPLICATIONS}}</a></p>{{/FOR_MODEL}}
{{#EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/EMPTY}}
<table class="replications">
  <thead><tr><th class="num">{{T_CY_NO}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_REPLICATING_UNIT}}</th><th>{{T_CY_YEAR}}</th><th>{{T_CY_NOTE}}</th></tr></thead>
  <tbody>{{#ROW}}<tr><td class="num">{{NO}}</td><td><a href="/models/{{MODEL_ID}}">{{TITLE}}</a> ({{MODEL_UNIT}})</td><td>{{UNIT_NAME}}</td><td>{{YEAR}}</td><td>{{NOTE}}</td></tr>{{/ROW}}</tbody>
</table>
<h2 class="no-print">{{T_CY_ADD_REPLICATION}}</h2>
{{#HAS_ERROR}}<p class="error" role="alert">{{ERROR}}</p>{{/HAS_ERROR}}
<form method="post" action="/proposals/replications" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="model_id">{{T_CY_MODEL_NUMBER}}</label>
  <input id="model_id" name="model_id" value="{{MODEL_ID}}" required>
  <label for="unit">{{T_CY_REPLICATING_UNIT_CODE}}</label>
  <input id="unit" name="unit" value="{{UNIT}}" required>
  <label for="year">{{T_CY_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" required>
  <label for="note">{{T_CY_NOTE}}</label>
  <textarea id="note" name="note" rows="2">{{NOTE}}</textarea>
  <button type="submit">{{T_CY_SAVE}}</button>
</form>
