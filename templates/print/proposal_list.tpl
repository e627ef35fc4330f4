{{%AUTOESCAPE context="HTML"}}
<section class="doc">
<div class="doc-head">
  <div class="issuer">{{ISSUER_UPPER}}<strong>{{ISSUER_BODY}}</strong><span class="star">*</span></div>
  <div class="party"><strong>{{T_RP_DOC_PARTY}}</strong></div>
  <div class="place-date">{{PLACE_DATE}}</div>
</div>
<h1 class="doc-title">{{TITLE}}</h1>
<p class="doc-subtitle">{{SUBTITLE}}</p>
{{#NOTHING}}<p class="doc-subtitle">{{T_RP_DOC_NO_PROPOSALS}}</p>{{/NOTHING}}
<table class="doc-table">
  <thead><tr><th>{{T_RP_NO}}</th><th class="c-title">{{T_RP_DOC_COL_TITLE}}</th><th class="c-unit">{{T_RP_DOC_COL_UNIT}}</th><th class="c-field">{{T_RP_DOC_COL_FIELD}}</th><th>{{T_RP_DOC_COL_OWN_DECISION}}</th></tr></thead>
  <tbody>
  {{#GROUP}}<tr class="group"><td class="no">{{ROMAN}}</td><td colspan="4">{{LABEL}}</td></tr>
  {{#ROW}}<tr><td class="no">{{NO}}</td><td>{{TITLE}}</td><td>{{#PERSON}}{{PERSON_NAME}}{{#HAS_POSITION}}, {{POSITION}}{{/HAS_POSITION}}<br>{{/PERSON}}{{UNIT_NAME}}</td><td>{{FIELD}}</td><td>{{OWN_DECISION}}</td></tr>
  {{/ROW}}{{/GROUP}}
  </tbody>
</table>
</section>
