{{%AUTOESCAPE context="HTML"}}
<h1>{{T_M_MODELS}}</h1>
<p class="no-print"><a href="/models/new">{{T_M_NEW}}</a> · <a href="/models/import">{{T_M_IMPORT}}</a></p>
<form method="get" action="/models" class="filters no-print">
  <label for="q">{{T_M_SEARCH}}</label>
  <input id="q" name="q" value="{{Q}}" placeholder="{{T_M_SEARCH_HINT}}">
  <label for="year">{{T_M_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" inputmode="numeric" size="5">
  <label for="unit">{{T_UNIT}}</label>
  <select id="unit" name="unit"><option value="">{{T_M_ALL}}</option>{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPTION}}</select>
  <label for="level">{{T_M_LEVEL}}</label>
  <select id="level" name="level"><option value="">{{T_M_ALL}}</option>{{#LEVEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVEL_OPTION}}</select>
  <label for="field">{{T_M_FIELD}}</label>
  <select id="field" name="field"><option value="">{{T_M_ALL}}</option>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>
  <label for="kind">{{T_M_KIND}}</label>
  <select id="kind" name="kind"><option value="">{{T_M_ALL}}</option>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
  <label for="status">{{T_M_STATUS}}</label>
  <select id="status" name="status"><option value="">{{T_M_ALL}}</option>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
  <input type="hidden" name="sort" value="{{SORT}}">
  <input type="hidden" name="dir" value="{{DIR}}">
  <button type="submit">{{T_M_FILTER}}</button>
  <a href="/models">{{T_M_CLEAR_FILTER}}</a>
</form>
<p><span class="total">{{T_M_TOTAL}}: <strong id="total">{{TOTAL}}</strong></span>
  <span class="no-print"> · {{T_M_EXPORT}}: <a href="{{CSV_HREF}}">CSV</a> · <a href="{{XLSX_HREF}}">Excel (.xlsx)</a></span></p>
{{#EMPTY}}<p class="muted">{{T_M_NO_MODELS}}</p>{{/EMPTY}}
<table class="models">
  <thead><tr>
    <th class="num">#</th>
    <th><a href="{{SORT_YEAR_HREF}}">{{T_M_YEAR}}</a> {{SORT_YEAR_MARK}}</th>
    <th><a href="{{SORT_UNIT_HREF}}">{{T_UNIT}}</a> {{SORT_UNIT_MARK}}</th>
    <th><a href="{{SORT_TITLE_HREF}}">{{T_M_TITLE}}</a> {{SORT_TITLE_MARK}}</th>
    <th><a href="{{SORT_KIND_HREF}}">{{T_M_KIND}}</a> {{SORT_KIND_MARK}}</th>
    <th><a href="{{SORT_FIELD_HREF}}">{{T_M_FIELD}}</a> {{SORT_FIELD_MARK}}</th>
    <th><a href="{{SORT_STATUS_HREF}}">{{T_M_STATUS}}</a> {{SORT_STATUS_MARK}}</th>
  </tr></thead>
  <tbody>
  {{#ROW}}<tr data-id="{{ID}}">
    <td class="num">{{ID}}</td>
    <td>{{YEAR}}</td>
    <td>{{UNIT_NAME}}</td>
    <td><a href="/models/{{ID}}">{{TITLE}}</a>{{#HAS_PERSON}}<br><span class="muted">{{PERSON_NAME}}</span>{{/HAS_PERSON}}</td>
    <td>{{KIND}}</td>
    <td>{{FIELD}}</td>
    <td>{{STATUS}}</td>
  </tr>{{/ROW}}
  </tbody>
</table>
{{#PAGES}}<nav class="pages no-print" aria-label="{{T_M_PAGES}}">
  {{#PREV}}<a rel="prev" href="{{PREV_HREF}}">« {{T_M_PREVIOUS}}</a>{{/PREV}}
  {{T_M_PAGE}} {{PAGE}} / {{PAGE_COUNT}}
  {{#NEXT}}<a rel="next" href="{{NEXT_HREF}}">{{T_M_NEXT}} »</a>{{/NEXT}}
</nav>{{/PAGES}}
