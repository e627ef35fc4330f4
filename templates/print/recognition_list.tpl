{{%AUTOESCAPE context="HTML"}}
{{#DOCUMENT}}<section class="doc{{#PAGE_BREAK}} page-break{{/PAGE_BREAK}}">
<div class="doc-head">
  <div class="issuer">{{ISSUER_UPPER}}<strong>{{ISSUER_BODY}}</strong><span class="star">*</span></div>
  <div class="party"><strong>{{T_RP_DOC_PARTY}}</strong></div>
  <div class="place-date">{{PLACE_DATE}}</div>
</div>
<h1 class="doc-title">{{TITLE}}</h1>
<p class="doc-subtitle">{{ANNEX_OF}}</p>
<table class="doc-table">
  <thead><tr><th>{{T_RP_NO}}</th><th class="c-title">{{T_RP_DOC_COL_TITLE}}</th><th class="c-unit">{{T_RP_DOC_COL_UNIT}}</th><th class="c-field">{{T_RP_DOC_COL_FIELD}}</th></tr></thead>
  <tbody>
  {{#GROUP}}<tr class="group"><td class="no">{{ROMAN}}</td><td colspan="3">{{LABEL}}</td></tr>
  {{#ROW}}<tr><td class="no">{{NO}}</td><td>{{TITLE}}</td><td>{{#PERSON}}{{PERSON_NAME}}{{#HAS_POSITION}}, {{POSITION}}{{/HAS_POSITION}}<br>{{/PERSON}}{{UNIT_NAME}}</td><td>{{FIELD}}</td></tr>
  {{/ROW}}{{/GROUP}}
  </tbody>
</table>
<div class="doc-signature">
  <div class="recipients"><em>{{T_RP_DOC_RECIPIENTS}}</em><br>{{T_RP_DOC_FILE_COPY}}</div>
  <div class="signer">{{SIGNER_TITLE}}<div class="name">{{SIGNER_NAME}}</div></div>
</div>
</section>
{{/DOCUMENT}}
{{#NOTHING}}<h1 class="doc-title">{{TITLE}}</h1>
<p class="doc-subtitle">{{T_RP_DOC_NOTHING}}</p>{{/NOTHING}}
