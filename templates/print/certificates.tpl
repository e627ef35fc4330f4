{{%AUTOESCAPE context="HTML"}}
{{#CERTIFICATE}}<section class="certificate{{#PAGE_BREAK}} page-break{{/PAGE_BREAK}}">
<div class="doc-head">
  <div class="issuer">{{ISSUER_UPPER}}<strong>{{ISSUER_BODY}}</strong><span class="star">*</span></div>
  <div class="party"><strong>{{T_RP_DOC_PARTY}}</strong></div>
</div>
<h1 class="cert-title">{{T_RP_CERT_TITLE}}</h1>
<p class="cert-lead">{{LEAD}}</p>
<p class="cert-model">{{TITLE}}</p>
<dl class="cert-facts">
  {{#COLLECTIVE}}<dt>{{T_RP_CERT_COLLECTIVE}}:</dt><dd>{{UNIT_NAME}}</dd>{{/COLLECTIVE}}
  {{#INDIVIDUAL}}<dt>{{T_RP_CERT_INDIVIDUAL}}:</dt><dd>{{PERSON_NAME}}{{#HAS_POSITION}}, {{POSITION}}{{/HAS_POSITION}}</dd>
  <dt>{{T_RP_CERT_UNIT}}:</dt><dd>{{UNIT_NAME}}</dd>{{/INDIVIDUAL}}
</dl>
<p class="cert-decision">{{DECISION}}</p>
<div class="doc-signature">
  <div></div>
  <div class="signer"><div class="place-date">{{PLACE_DATE}}</div>{{SIGNER_TITLE}}<div class="name">{{SIGNER_NAME}}</div></div>
</div>
</section>
{{/CERTIFICATE}}
