{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_FOLLOW_UPS}}</h1>
<p class="no-print">{{#SHOWING_OPEN}}{{T_CY_SHOWING_OPEN}} · <a href="/proposals/follow-ups?all=1">{{T_CY_SHOW_ALL}}</a>{{/SHOWING_OPEN}}{{#SHOWING_ALL}}<a href="/proposals/follow-ups">{{T_CY_SHOW_OPEN}}</a>{{/SHOWING_ALL}}</p>
{{#EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/EMPTY}}
<table class="follow-ups">
  <thead><tr><th class="num">{{T_CY_NO}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_YEAR}}</th><th>{{T_CY_RESPONSIBLE_UNIT}}</th><th>{{T_CY_FOLLOW_UP_ACTION}}</th><th>{{T_CY_DUE}}</th><th>{{T_CY_STATE}}</th></tr></thead>
  <tbody>{{#ROW}}<tr id="follow-up-{{ID}}"{{#OVERDUE}} class="overdue"{{/OVERDUE}}><td class="num">{{NO}}</td><td><a href="/models/{{MODEL_ID}}">{{TITLE}}</a></td><td>{{YEAR}}</td><td>{{UNIT_NAME}}</td><td>{{ACTION}}</td><td>{{DUE}}</td>
  <td>{{#OPEN}}{{T_CY_OPEN}}
    <form method="post" action="/proposals/follow-ups/{{ID}}/close" class="form no-print">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="version" value="{{VERSION}}">
      <label for="note-{{ID}}">{{T_CY_CLOSING_NOTE}}</label>
      <input id="note-{{ID}}" name="note" required>
      {{#HAS_ERROR}}<p class="field-error">{{ERROR}}</p>{{/HAS_ERROR}}
      <button type="submit">{{T_CY_CLOSE}}</button>
    </form>{{/OPEN}}
  {{#CLOSED}}{{T_CY_CLOSED}} {{CLOSED_AT}} · {{CLOSED_BY}}: {{NOTE}}{{/CLOSED}}</td></tr>{{/ROW}}</tbody>
</table>
