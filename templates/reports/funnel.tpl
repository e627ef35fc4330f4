{{%AUTOESCAPE context="HTML"}}
<h1>{{T_RP_FUNNEL_TITLE}} {{YEAR}}</h1>
<p class="subtitle">{{PARENT_NAME}} · {{T_RP_CHILD_UNITS}}: {{UNITS}}{{#UP}} · <a href="{{UP_HREF}}" class="no-print">{{T_RP_UP}}</a>{{/UP}}</p>
<nav class="report-tabs no-print" aria-label="{{T_NAV_REPORTS}}">
  <strong>{{T_RP_FUNNEL}}</strong> · <a href="{{COMPLIANCE_HREF}}">{{T_RP_COMPLIANCE}}</a> · <a href="{{REPLICATIONS_HREF}}">{{T_RP_REPLICATIONS}}</a> · <a href="{{PRINT_HREF}}">{{T_RP_PRINT_LIST}}</a>
</nav>
<form method="get" action="/reports/funnel" class="filters no-print">
  <label for="year">{{T_RP_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" inputmode="numeric" size="5">
  <label for="unit">{{T_RP_UNIT}}</label>
  <select id="unit" name="unit">{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPTION}}</select>
  <button type="submit">{{T_RP_SHOW}}</button>
</form>
<p class="no-print">{{T_RP_EXPORT}}: <a href="{{CSV_HREF}}">CSV</a> · <a href="{{XLSX_HREF}}">Excel (.xlsx)</a></p>

<ul class="headline" id="headline">
  <li><span>{{H_registered}}</span> <a id="total-registered" href="{{SUM_REGISTERED_HREF}}">{{SUM_REGISTERED}}</a></li>
  <li><span>{{H_recognised}}</span> <a id="total-recognised" href="{{SUM_RECOGNISED_HREF}}">{{SUM_RECOGNISED}}</a>
      <small id="units-recognised">({{UNITS_RECOGNISED}}/{{UNITS}} {{T_RP_UNITS_WORD}})</small></li>
  <li><span>{{H_proposed}}</span> <a id="total-proposed" href="{{SUM_PROPOSED_HREF}}">{{SUM_PROPOSED}}</a>
      <small id="units-proposed">({{UNITS_PROPOSED}}/{{UNITS}} {{T_RP_UNITS_WORD}})</small></li>
  <li><span>{{H_recognised_above}}</span> <a id="total-recognised-above" href="{{SUM_ABOVE_HREF}}">{{SUM_ABOVE}}</a></li>
</ul>

<div class="report-with-chart">
<table class="report funnel" id="funnel">
  <thead><tr>
    <th class="num">{{T_RP_NO}}</th><th>{{T_RP_UNIT}}</th>
    <th class="num">{{H_registered}}</th>
    <th class="num">{{H_recognised}}</th><th class="num">%</th>
    <th class="num">{{H_proposed}}</th><th class="num">%</th>
    <th class="num">{{H_recognised_above}}</th><th class="num">%</th>
  </tr></thead>
  <tbody>
  {{#ROW}}<tr data-unit="{{UNIT_CODE}}"{{#MARKED}} class="marked"{{/MARKED}}>
    <td class="num">{{NO}}</td>
    <td><a href="{{DRILL_HREF}}">{{NAME}}</a>{{#NOT_RECOGNISED}} <span class="badge warn">{{T_RP_NOT_RECOGNISED}}</span>{{/NOT_RECOGNISED}}{{#NOT_PROPOSED}} <span class="badge warn">{{T_RP_NOT_PROPOSED}}</span>{{/NOT_PROPOSED}}</td>
    {{#CELL}}<td class="num" data-stage="{{STAGE}}"><a class="figure" href="{{HREF}}">{{VALUE}}</a><br><span class="split">{{#KIND}}<a href="{{HREF}}" title="{{LABEL}}">{{SHORT}} {{VALUE}}</a> {{/KIND}}</span></td>{{#RATIO}}<td class="num pct">{{PCT}}</td>{{/RATIO}}{{/CELL}}
  </tr>{{/ROW}}
  {{#NO_CHILDREN}}<tr><td colspan="9" class="muted">{{T_RP_NO_CHILDREN}}</td></tr>{{/NO_CHILDREN}}
  </tbody>
  <tfoot>
  {{#TOTAL}}<tr class="total" data-unit="TOTAL">
    <td></td><td>{{T_RP_TOTAL}}</td>
    {{#CELL}}<td class="num" data-stage="{{STAGE}}"><a class="figure" href="{{HREF}}">{{VALUE}}</a>{{#UNITS}}<br><span class="units">{{UNITS_TEXT}}</span>{{/UNITS}}<br><span class="split">{{#KIND}}<a href="{{HREF}}" title="{{LABEL}}">{{SHORT}} {{VALUE}}</a> {{/KIND}}</span></td>{{#RATIO}}<td class="num pct">{{PCT}}</td>{{/RATIO}}{{/CELL}}
  </tr>{{/TOTAL}}
  </tfoot>
</table>
{{>YEAR_CHART}}
</div>
<p class="hint">{{T_RP_MARK_HINT}} {{T_RP_KIND_HINT}}</p>

<h2>{{T_RP_BY_KIND}}</h2>
<table class="report split-table" id="by-kind">
  <thead><tr><th>{{T_RP_KIND}}</th><th class="num">{{H_registered}}</th><th class="num">{{H_recognised}}</th><th class="num">{{H_proposed}}</th><th class="num">{{H_recognised_above}}</th><th class="num">{{T_RP_PCT_ABOVE_REGISTERED}}</th></tr></thead>
  <tbody>{{#KIND_ROW}}<tr><td>{{LABEL}}</td>{{#CELL}}<td class="num"><a href="{{HREF}}">{{VALUE}}</a></td>{{/CELL}}<td class="num">{{PCT}}</td></tr>{{/KIND_ROW}}</tbody>
</table>

<h2>{{T_RP_BY_FIELD}}</h2>
<table class="report split-table" id="by-field">
  <thead><tr><th>{{T_RP_FIELD}}</th><th class="num">{{H_registered}}</th><th class="num">{{H_recognised}}</th><th class="num">{{H_proposed}}</th><th class="num">{{H_recognised_above}}</th><th class="num">{{T_RP_PCT_ABOVE_REGISTERED}}</th></tr></thead>
  <tbody>{{#FIELD_ROW}}<tr><td>{{LABEL}}</td>{{#CELL}}<td class="num"><a href="{{HREF}}">{{VALUE}}</a></td>{{/CELL}}<td class="num">{{PCT}}</td></tr>{{/FIELD_ROW}}</tbody>
</table>

<h2>{{T_RP_TREND}}</h2>
<div class="report-with-chart">
<table class="report trend" id="trend">
  <thead><tr><th>{{T_RP_YEAR}}</th><th class="num">{{H_registered}}</th><th class="num">{{H_recognised}}</th><th class="num">{{H_proposed}}</th><th class="num">{{H_recognised_above}}</th><th class="num">{{T_RP_HAS_RECOGNISED}}</th><th class="num">{{T_RP_HAS_PROPOSED}}</th></tr></thead>
  <tbody>{{#TREND_ROW}}<tr{{#CURRENT}} class="current"{{/CURRENT}}><td><a href="{{HREF}}">{{YEAR}}</a></td><td class="num">{{V_registered}}</td><td class="num">{{V_recognised}}</td><td class="num">{{V_proposed}}</td><td class="num">{{V_recognised_above}}</td><td class="num">{{UNITS_RECOGNISED}}</td><td class="num">{{UNITS_PROPOSED}}</td></tr>{{/TREND_ROW}}</tbody>
</table>
{{>TREND_CHART}}
</div>
<p class="hint">{{T_RP_DEFINITIONS}}</p>
