{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_RECOGNITIONS}}</h1>
<form method="get" action="/recognitions" class="inline no-print">
  <label for="year">{{T_CY_YEAR}}</label> <input id="year" name="year" value="{{YEAR}}" size="5">
  <label for="level">{{T_CY_LEVEL}}</label> <select id="level" name="level"><option value="">{{T_CY_ALL}}</option>{{#LEVEL_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select>
  <label for="unit">{{T_CY_UNIT_CODE}}</label> <input id="unit" name="unit" value="{{UNIT}}" size="8">
  <label for="kind">{{T_CY_KIND}}</label> <select id="kind" name="kind"><option value="">{{T_CY_ALL}}</option>{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  <button type="submit">{{T_CY_SHOW}}</button>
</form>
<p class="no-print"><a href="/recognitions/new">{{T_CY_RECOGNISE}}</a></p>
<p>{{T_CY_TOTAL}}: <strong class="count">{{COUNT}}</strong></p>
{{#EMPTY}}<p class="muted">{{T_CY_NONE}}</p>{{/EMPTY}}
<table class="recognitions">
  <thead><tr><th class="num">{{T_CY_NO}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_KIND}}</th><th>{{T_CY_UNIT}}</th><th>{{T_CY_YEAR}}</th><th>{{T_CY_LEVEL}}</th><th>{{T_CY_DECISION}}</th></tr></thead>
  <tbody>{{#ROW}}<tr class="level-{{LEVEL}}"><td class="num">{{NO}}</td><td><a href="/models/{{MODEL_ID}}">{{TITLE}}</a> {{PERSON_NAME}}</td><td>{{KIND}}</td><td>{{UNIT_NAME}}</td><td>{{YEAR}}</td><td>{{LEVEL_LABEL}}</td><td>{{DECISION}} · {{DECISION_DATE}} · {{ISSUER}}</td></tr>{{/ROW}}</tbody>
</table>
