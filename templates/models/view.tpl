{{%AUTOESCAPE context="HTML"}}
<h1>{{TITLE}}</h1>
<p class="no-print"><a href="/models">{{T_M_BACK_TO_LIST}}</a>
{{#CAN_EDIT}} · <a href="/models/{{ID}}/edit">{{T_M_EDIT}}</a>{{/CAN_EDIT}}</p>
<p class="no-print cycle-links"><a href="/models/{{ID}}/evaluation">{{T_CY_EVALUATION}}</a> · <a href="/proposals/replications?model={{ID}}">{{T_CY_REPLICATIONS}}</a></p>
{{#CAN_CARRY}}<form method="post" action="/models/{{ID}}/carry" class="inline no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <button type="submit">{{T_M_CARRY_TO}} {{NEXT_YEAR}}</button>
</form>{{/CAN_CARRY}}
<dl class="facts">
  <dt>{{T_M_NUMBER}}</dt><dd>{{ID}}</dd>
  <dt>{{T_M_YEAR}}</dt><dd>{{YEAR}}</dd>
  <dt>{{T_M_UNIT}}</dt><dd>{{UNIT_NAME}} ({{UNIT_CODE}}) · {{LEVEL}}</dd>
  <dt>{{T_M_KIND}}</dt><dd>{{KIND}}</dd>
  {{#HAS_PERSON}}<dt>{{T_M_PERSON_NAME}}</dt><dd>{{PERSON_NAME}}</dd>
  <dt>{{T_M_PERSON_POSITION}}</dt><dd>{{PERSON_POSITION}}</dd>{{/HAS_PERSON}}
  <dt>{{T_M_FIELD}}</dt><dd>{{FIELD}}</dd>
  <dt>{{T_M_STATUS}}</dt><dd class="status">{{STATUS}}</dd>
  <dt>{{T_M_START_DATE}}</dt><dd>{{START_DATE}}</dd>
  <dt>{{T_M_REGISTERED_BY}}</dt><dd>{{CREATED_BY}} · {{CREATED_AT}}</dd>
  {{#HAS_CARRIED_FROM}}<dt>{{T_M_CARRIED_FROM}}</dt><dd><a href="/models/{{CARRIED_FROM}}">#{{CARRIED_FROM}}</a></dd>{{/HAS_CARRIED_FROM}}
  {{#HAS_CARRIED_TO}}<dt>{{T_M_CARRIED_TO}}</dt><dd><a href="/models/{{CARRIED_TO}}">#{{CARRIED_TO}}</a></dd>{{/HAS_CARRIED_TO}}
</dl>
<h2>{{T_M_SUMMARY}}</h2>
<p class="pre">{{SUMMARY}}</p>
<h2>{{T_M_CONTENT}}</h2>
<p class="pre">{{CONTENT}}</p>

<h2>{{T_M_INDICATORS}}</h2>
{{#NO_INDICATORS}}<p class="muted">{{T_M_NO_INDICATORS}}</p>{{/NO_INDICATORS}}
<table class="indicators">
  <thead><tr><th class="num">#</th><th>{{T_M_INDICATOR_NAME}}</th><th>{{T_M_INDICATOR_UNIT}}</th><th class="num">{{T_M_INDICATOR_TARGET}}</th><th class="num">{{T_M_INDICATOR_ACHIEVED}}</th></tr></thead>
  <tbody>{{#INDICATOR}}<tr><td class="num">{{NUMBER}}</td><td>{{NAME}}</td><td>{{UNIT}}</td><td class="num">{{TARGET}}</td><td class="num">{{ACHIEVED}}</td></tr>{{/INDICATOR}}</tbody>
</table>

<h2>{{T_M_ATTACHMENTS}}</h2>
{{#NO_ATTACHMENTS}}<p class="muted">{{T_M_NO_ATTACHMENTS}}</p>{{/NO_ATTACHMENTS}}
<ul class="attachments">{{#ATTACHMENT}}<li><a href="{{HREF}}">{{FILENAME}}</a> · {{SIZE}} · {{BY}} · {{AT}} <span class="muted" title="SHA-256">{{SHA256}}</span></li>{{/ATTACHMENT}}</ul>
{{#CAN_ATTACH}}<form method="post" action="/models/{{ID}}/attachments" enctype="multipart/form-data" class="form no-print">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="file">{{T_M_ATTACH_FILE}}</label>
  <input id="file" name="file" type="file" required>
  {{#FILE_HAS_ERROR}}<p class="field-error">{{FILE_ERROR}}</p>{{/FILE_HAS_ERROR}}
  <p class="hint">{{T_M_ATTACH_RULES}} {{ALLOWED_TYPES}}</p>
  <button type="submit">{{T_M_UPLOAD}}</button>
</form>{{/CAN_ATTACH}}

<h2>{{T_M_HISTORY}}</h2>
<table class="history">
  <thead><tr><th>{{T_M_WHEN}}</th><th>{{T_M_WHO}}</th><th>{{T_M_WHAT}}</th></tr></thead>
  <tbody>{{#EVENT}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{WHAT}}{{#HAS_CHANGED}}: {{CHANGED}}{{/HAS_CHANGED}}</td></tr>{{/EVENT}}</tbody>
</table>
