{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<title>{{T_CY_MINUTES_TITLE}} {{YEAR}}</title>
<link rel="stylesheet" href="/static/css/print.css">
<link rel="stylesheet" href="/static/css/app.css" media="print">
</head>
<body class="document minutes">
<p class="document-tools no-print"><a href="/reviews/{{ID}}">{{T_CY_BACK}}</a> · {{T_CY_PRINT_HINT}}</p>
<div class="doc-head">
  <div class="issuer">{{#HAS_PARENT}}{{PARENT_NAME}}{{/HAS_PARENT}}<strong>{{UNIT_NAME}}</strong></div>
  <div class="party"><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></div>
  <div class="place-date">{{PLACE_DATE}}</div>
</div>
{{#DRAFT}}<p class="doc-subtitle">({{T_CY_MINUTES_DRAFT}})</p>{{/DRAFT}}
<h1 class="doc-title">{{T_CY_MINUTES_TITLE}} {{YEAR}}</h1>
<p>{{T_CY_MINUTES_TIME}}: {{DATE}}. {{T_CY_PLACE}}: {{PLACE}}.</p>
<p>{{T_CY_MEMBERS_PRESENT}} ({{MEMBER_COUNT}}):</p>
<ol class="members">{{#MEMBER}}<li>{{NAME}}</li>{{/MEMBER}}</ol>
<p>{{T_CY_MINUTES_CONSIDERED}}: {{TOTAL}}.</p>
<table class="doc-table">
  <thead><tr><th>{{T_CY_NO}}</th><th>{{T_CY_MODEL}}</th><th>{{T_CY_FROM}}</th><th>{{T_CY_VOTES_FOR}}</th><th>{{T_CY_VOTES_AGAINST}}</th><th>{{T_CY_VOTES_ABSTAIN}}</th><th>{{T_CY_OUTCOME}}</th></tr></thead>
  <tbody>{{#ROW}}<tr><td class="no">{{NO}}</td><td>{{TITLE}} ({{KIND}}{{PERSON_NAME}})</td><td>{{FROM_NAME}}</td><td class="no">{{FOR}}</td><td class="no">{{AGAINST}}</td><td class="no">{{ABSTAIN}}</td><td>{{OUTCOME}}{{#HAS_REASON}}: {{REASON}}{{/HAS_REASON}}</td></tr>{{/ROW}}</tbody>
</table>
<p>{{T_CY_MINUTES_RESULT}}: {{T_CY_STATE_recognised}} {{RECOGNISED}}; {{T_CY_STATE_not_recognised}} {{NOT_RECOGNISED}}.</p>
{{#HAS_DECISION}}<p>{{T_CY_DECISION}}: {{DECISION_NUMBER}} ({{DECISION_DATE}}), {{SIGNER_TITLE}} {{SIGNER}}.</p>{{/HAS_DECISION}}
<div class="doc-signature">
  <div class="secretary"><strong>{{T_CY_SECRETARY}}</strong></div>
  <div class="signer"><strong>{{T_CY_CHAIR}}</strong>{{#HAS_DECISION}}<div class="name">{{SIGNER}}</div>{{/HAS_DECISION}}</div>
</div>
</body>
</html>
