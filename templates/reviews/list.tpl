{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_REVIEWS}}</h1>
{{#EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/EMPTY}}
<table class="meetings">
  <thead><tr><th>{{T_CY_DATE}}</th><th>{{T_CY_YEAR}}</th><th>{{T_CY_UNIT}}</th><th>{{T_CY_PLACE}}</th><th class="num">{{T_CY_AGENDA_ITEMS}}</th><th>{{T_CY_STATE}}</th><th>{{T_CY_DECISION_NUMBER}}</th></tr></thead>
  <tbody>{{#MEETING}}<tr class="meeting-{{STATE}}"><td><a href="/reviews/{{ID}}">{{DATE}}</a></td><td>{{YEAR}}</td><td>{{UNIT_NAME}}</td><td>{{PLACE}}</td><td class="num">{{ITEMS}}</td><td>{{STATE_LABEL}}</td><td>{{DECISION}}</td></tr>{{/MEETING}}</tbody>
</table>
{{#CAN_CREATE}}
<h2 class="no-print">{{T_CY_NEW_MEETING}} · {{UNIT_NAME}}</h2>
<form method="post" action="/reviews" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <input type="hidden" name="unit" value="{{UNIT_ID}}">
  <label for="year">{{T_CY_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" required>
  {{#YEAR_HAS_ERROR}}<p class="field-error">{{YEAR_ERROR}}</p>{{/YEAR_HAS_ERROR}}
  <label for="date">{{T_CY_DATE}}</label>
  <input id="date" name="date" value="{{DATE}}" placeholder="dd/mm/yyyy" required>
  {{#DATE_HAS_ERROR}}<p class="field-error">{{DATE_ERROR}}</p>{{/DATE_HAS_ERROR}}
  <label for="place">{{T_CY_PLACE}}</label>
  <input id="place" name="place" value="{{PLACE}}" required>
  {{#PLACE_HAS_ERROR}}<p class="field-error">{{PLACE_ERROR}}</p>{{/PLACE_HAS_ERROR}}
  <label for="members_present">{{T_CY_MEMBERS_PRESENT}}</label>
  <textarea id="members_present" name="members_present" rows="4" required>{{MEMBERS}}</textarea>
  <p class="hint">{{T_CY_MEMBERS_HINT}}</p>
  {{#MEMBERS_HAS_ERROR}}<p class="field-error">{{MEMBERS_ERROR}}</p>{{/MEMBERS_HAS_ERROR}}
  <button type="submit">{{T_CY_CREATE_MEETING}}</button>
</form>
{{/CAN_CREATE}}
