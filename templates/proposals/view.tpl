{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_PROPOSAL}} #{{ID}}: {{TITLE}}</h1>
<p class="no-print"><a href="/proposals?year={{YEAR}}">{{T_CY_BACK_TO_PROPOSALS}}</a> · <a href="/models/{{MODEL_ID}}">{{T_CY_VIEW_MODEL}}</a></p>
{{#HAS_MESSAGE}}<p class="error" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
<dl class="facts">
  <dt>{{T_CY_STATE}}</dt><dd class="state state-{{STATE}}">{{STATE_LABEL}}</dd>
  <dt>{{T_CY_MODEL}}</dt><dd>{{TITLE}}</dd>
  <dt>{{T_CY_KIND}}</dt><dd>{{KIND}}{{#HAS_PERSON}} · {{PERSON_NAME}}{{/HAS_PERSON}}</dd>
  <dt>{{T_CY_FROM}}</dt><dd>{{FROM_NAME}}</dd>
  <dt>{{T_CY_TO}}</dt><dd>{{TO_NAME}}</dd>
  <dt>{{T_CY_YEAR}}</dt><dd>{{YEAR}}</dd>
  <dt>{{T_CY_JUSTIFICATION}}</dt><dd class="pre">{{JUSTIFICATION}}</dd>
  <dt>{{T_CY_CREATED_AT}}</dt><dd>{{CREATED_AT}}</dd>
  {{#HAS_SUBMITTED}}<dt>{{T_CY_SUBMITTED_AT}}</dt><dd>{{SUBMITTED_AT}}</dd>{{/HAS_SUBMITTED}}
  {{#HAS_DECIDED}}<dt>{{T_CY_DECIDED_AT}}</dt><dd>{{DECIDED_AT}}</dd>{{/HAS_DECIDED}}
  {{#HAS_RETURN_REASON}}<dt>{{T_CY_RETURN_REASON}}</dt><dd class="return-reason">{{RETURN_REASON}}</dd>{{/HAS_RETURN_REASON}}
  {{#HAS_OUTCOME_REASON}}<dt>{{T_CY_OUTCOME_REASON}}</dt><dd>{{OUTCOME_REASON}}</dd>{{/HAS_OUTCOME_REASON}}
  {{#ON_AGENDA}}<dt>{{T_CY_MEETING}}</dt><dd><a href="/reviews/{{MEETING_ID}}">#{{MEETING_ID}}</a></dd>{{/ON_AGENDA}}
</dl>
{{#CAN_SUBMIT}}<form method="post" action="/proposals/{{ID}}/submit" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="justification">{{T_CY_JUSTIFICATION}}</label>
  <textarea id="justification" name="justification" rows="3">{{JUSTIFICATION}}</textarea>
  {{#HAS_DEADLINE}}<p class="hint">{{T_CY_PROPOSAL_DEADLINE}}: {{DEADLINE}}</p>{{/HAS_DEADLINE}}
  <button type="submit">{{T_CY_SUBMIT}}</button>
</form>{{/CAN_SUBMIT}}
{{#CAN_WITHDRAW}}<form method="post" action="/proposals/{{ID}}/withdraw" class="inline no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <button type="submit">{{T_CY_WITHDRAW}}</button>
</form>{{/CAN_WITHDRAW}}
{{#CAN_RETURN}}<form method="post" action="/proposals/{{ID}}/return" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <label for="reason">{{T_CY_RETURN_REASON}}</label>
  <textarea id="reason" name="reason" rows="2" required></textarea>
  <button type="submit">{{T_CY_RETURN}}</button>
</form>{{/CAN_RETURN}}
<h2>{{T_CY_HISTORY}}</h2>
<table class="history">
  <thead><tr><th>{{T_CY_WHEN}}</th><th>{{T_CY_WHO}}</th><th>{{T_CY_WHAT}}</th></tr></thead>
  <tbody>{{#EVENT}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{WHAT}}</td></tr>{{/EVENT}}</tbody>
</table>
