{{%AUTOESCAPE context="HTML"}}
<h1>{{T_M_IMPORT}}</h1>
<p class="no-print"><a href="/models">{{T_M_BACK_TO_LIST}}</a></p>
{{#CREATED}}<section class="import-summary">
  <p class="flash" role="status">{{T_M_IMPORT_DONE}} <strong id="created-count">{{CREATED_COUNT}}</strong></p>
  <table>
    <thead><tr><th class="num">{{T_M_IMPORT_LINE}}</th><th class="num">#</th><th>{{T_M_YEAR}}</th><th>{{T_M_UNIT_CODE}}</th><th>{{T_M_TITLE}}</th></tr></thead>
    <tbody>{{#MODEL}}<tr><td class="num">{{LINE}}</td><td class="num">{{ID}}</td><td>{{YEAR}}</td><td>{{UNIT_CODE}}</td><td><a href="/models/{{ID}}">{{TITLE}}</a></td></tr>{{/MODEL}}</tbody>
  </table>
</section>{{/CREATED}}
{{#REPORT}}<section class="import-report">
  <p class="error" role="alert">{{T_M_IMPORT_REJECTED}} ({{PROBLEM_COUNT}})</p>
  <table>
    <thead><tr><th class="num">{{T_M_IMPORT_LINE}}</th><th>{{T_M_IMPORT_COLUMN}}</th><th>{{T_M_IMPORT_PROBLEM}}</th></tr></thead>
    <tbody>{{#PROBLEM}}<tr class="problem"><td class="num">{{LINE}}</td><td>{{COLUMN}}</td><td>{{MESSAGE}}</td></tr>{{/PROBLEM}}</tbody>
  </table>
</section>{{/REPORT}}
{{#SHOW_FORM}}<form method="post" action="/models/import" enctype="multipart/form-data" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="file">{{T_M_IMPORT_FILE}}</label>
  <input id="file" name="file" type="file" accept=".csv,text/csv" required>
  {{#FILE_HAS_ERROR}}<p class="field-error">{{FILE_ERROR}}</p>{{/FILE_HAS_ERROR}}
  <button type="submit">{{T_M_IMPORT_SUBMIT}}</button>
</form>
<h2>{{T_M_IMPORT_RULES}}</h2>
<ul>
  <li>{{T_M_IMPORT_RULE_FORMAT}}</li>
  <li>{{T_M_IMPORT_RULE_REQUIRED}} <code>{{REQUIRED_COLUMNS}}</code></li>
  <li>{{T_M_IMPORT_RULE_OPTIONAL}} <code>{{OPTIONAL_COLUMNS}}</code></li>
  <li>{{T_M_IMPORT_RULE_ALL_OR_NONE}}</li>
  <li>{{T_M_IMPORT_RULE_MAX_ROWS}} {{MAX_ROWS}}</li>
  <li>{{T_M_IMPORT_RULE_DATE}}</li>
</ul>
<p><a href="/models/import/template.csv">{{T_M_IMPORT_TEMPLATE}}</a></p>
<h3>{{T_M_KIND}} (kind)</h3>
<ul>{{#KIND_CODE}}<li><code>{{CODE}}</code> — {{NAME}}</li>{{/KIND_CODE}}</ul>
<h3>{{T_M_FIELD}} (field)</h3>
<ul>{{#FIELD_CODE}}<li><code>{{CODE}}</code> — {{NAME}}</li>{{/FIELD_CODE}}</ul>
<h3>{{T_M_UNIT_CODE}} (unit_code)</h3>
<p>{{#UNIT_CODE}}<code>{{CODE}}</code> {{/UNIT_CODE}}</p>
{{/SHOW_FORM}}
