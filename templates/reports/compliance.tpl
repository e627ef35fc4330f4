{{%AUTOESCAPE context="HTML"}}
<h1>{{T_RP_COMPLIANCE_TITLE}} {{YEAR}}</h1>
<p class="subtitle">{{PARENT_NAME}} · {{T_RP_AS_OF}} {{TODAY}}</p>
<nav class="report-tabs no-print" aria-label="{{T_NAV_REPORTS}}">
  <a href="{{FUNNEL_HREF}}">{{T_RP_FUNNEL}}</a> · <strong>{{T_RP_COMPLIANCE}}</strong> · <a href="{{REPLICATIONS_HREF}}">{{T_RP_REPLICATIONS}}</a>
</nav>
<form method="get" action="/reports/compliance" class="filters no-print">
  <label for="year">{{T_RP_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" inputmode="numeric" size="5">
  <label for="unit">{{T_RP_UNIT}}</label>
  <select id="unit" name="unit">{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPTION}}</select>
  <button type="submit">{{T_RP_SHOW}}</button>
</form>
<p class="no-print">{{T_RP_EXPORT}}: <a href="{{CSV_HREF}}">CSV</a> · <a href="{{XLSX_HREF}}">Excel (.xlsx)</a></p>
{{#NO_SCHEDULE}}<p class="notice">{{T_RP_NO_SCHEDULE}}</p>{{/NO_SCHEDULE}}
<ul class="headline" id="target">
  <li><span>{{T_RP_SHARE_RECOGNISED}}</span> <strong id="share-recognised">{{RECOGNISED_DONE}}/{{RECOGNISED_UNITS}}</strong> ({{RECOGNISED_PCT}})
    {{#RECOGNISED_MET}}<span class="badge ok">{{T_RP_TARGET_MET}}</span>{{/RECOGNISED_MET}}{{#RECOGNISED_NOT_MET}}<span class="badge warn">{{T_RP_TARGET_NOT_MET}}</span>{{/RECOGNISED_NOT_MET}}</li>
  <li><span>{{T_RP_SHARE_PROPOSED}}</span> <strong id="share-proposed">{{PROPOSED_DONE}}/{{PROPOSED_UNITS}}</strong> ({{PROPOSED_PCT}})
    {{#PROPOSED_MET}}<span class="badge ok">{{T_RP_TARGET_MET}}</span>{{/PROPOSED_MET}}{{#PROPOSED_NOT_MET}}<span class="badge warn">{{T_RP_TARGET_NOT_MET}}</span>{{/PROPOSED_NOT_MET}}</li>
</ul>
<table class="report compliance" id="compliance">
  <thead><tr><th class="num">{{T_RP_NO}}</th><th>{{T_RP_UNIT}}</th><th>{{T_RP_STEP_register}}</th><th>{{T_RP_STEP_evaluate}}</th><th>{{T_RP_STEP_recognise}}</th><th>{{T_RP_STEP_propose}}</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-unit="{{UNIT_CODE}}"><td class="num">{{NO}}</td><td>{{NAME}}</td>
    {{#STEP}}<td class="step {{STATE}}"><strong>{{COUNT}}</strong> · <span class="state">{{STATE_TEXT}}</span>{{#HAS_DEADLINE}}<br><small>{{T_RP_DEADLINE}}: {{DEADLINE}}</small>{{/HAS_DEADLINE}}</td>{{/STEP}}
  </tr>{{/ROW}}
  </tbody>
  <tfoot>{{#TOTAL}}<tr class="total"><td></td><td>{{T_RP_TOTAL}}</td>{{#STEP}}<td><strong>{{COUNT}}</strong><br><small>{{UNITS_TEXT}}</small></td>{{/STEP}}</tr>{{/TOTAL}}</tfoot>
</table>
<p class="hint">{{T_RP_COMPLIANCE_HINT}}</p>
