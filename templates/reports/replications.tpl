{{%AUTOESCAPE context="HTML"}}
<h1>{{T_RP_REPLICATIONS_TITLE}} {{YEAR}}</h1>
<nav class="report-tabs no-print" aria-label="{{T_NAV_REPORTS}}">
  <a href="{{FUNNEL_HREF}}">{{T_RP_FUNNEL}}</a> · <a href="{{COMPLIANCE_HREF}}">{{T_RP_COMPLIANCE}}</a> · <strong>{{T_RP_REPLICATIONS}}</strong>
</nav>
<form method="get" action="/reports/replications" class="filters no-print">
  <label for="year">{{T_RP_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" inputmode="numeric" size="5">
  <button type="submit">{{T_RP_SHOW}}</button>
</form>
<p class="no-print">{{T_RP_EXPORT}}: <a href="{{CSV_HREF}}">CSV</a> · <a href="{{XLSX_HREF}}">Excel (.xlsx)</a></p>
<p id="summary">{{T_RP_RECOGNISED_MODELS}}: <strong>{{MODELS}}</strong> · {{T_RP_REPLICATED_MODELS}}: <strong>{{REPLICATED}}</strong> · {{T_RP_REPLICATION_COUNT}}: <strong>{{REPLICATIONS}}</strong></p>
{{#EMPTY}}<p class="muted">{{T_RP_NO_RECOGNISED}}</p>{{/EMPTY}}
<table class="report" id="replications">
  <thead><tr><th class="num">{{T_RP_NO}}</th><th>{{T_RP_TITLE}}</th><th>{{T_RP_UNIT}}</th><th>{{T_RP_LEVEL}}</th><th class="num">{{T_RP_REPLICATION_COUNT}}</th><th>{{T_RP_REPLICATED_IN}}</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-id="{{ID}}"><td class="num">{{NO}}</td><td><a href="/models/{{ID}}">{{TITLE}}</a>{{#HAS_PERSON}}<br><span class="muted">{{PERSON}}</span>{{/HAS_PERSON}}</td><td>{{UNIT_NAME}}</td><td>{{LEVEL}}</td><td class="num">{{COUNT}}</td>
    <td>{{#NONE}}<span class="badge warn">{{T_RP_NOT_REPLICATED}}</span>{{/NONE}}<ul class="places">{{#PLACE}}<li>{{UNIT_NAME}} ({{YEAR}}){{#HAS_NOTE}}: {{NOTE}}{{/HAS_NOTE}}</li>{{/PLACE}}</ul></td></tr>{{/ROW}}
  </tbody>
</table>
