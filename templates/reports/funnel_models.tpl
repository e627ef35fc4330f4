{{%AUTOESCAPE context="HTML"}}
<h1>{{T_RP_FUNNEL_MODELS}}</h1>
<p class="subtitle">{{UNIT_NAME}}{{#ALL_CHILDREN}} ({{T_RP_ALL_CHILDREN}}){{/ALL_CHILDREN}} · {{T_RP_YEAR}} {{YEAR}} · {{STAGE}}{{#HAS_KIND}} · {{KIND}}{{/HAS_KIND}}{{#HAS_FIELD}} · {{FIELD}}{{/HAS_FIELD}}</p>
<p class="no-print"><a href="{{BACK_HREF}}">« {{T_RP_BACK_TO_FUNNEL}}</a></p>
<p>{{T_RP_TOTAL}}: <strong id="total">{{TOTAL}}</strong></p>
{{#EMPTY}}<p class="muted">{{T_RP_NO_MODELS}}</p>{{/EMPTY}}
<table class="report">
  <thead><tr><th class="num">{{T_RP_NO}}</th><th>{{T_RP_TITLE}}</th><th>{{T_RP_UNIT}}</th><th>{{T_RP_COUNTS_FOR}}</th><th>{{T_RP_KIND}}</th><th>{{T_RP_FIELD}}</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-id="{{ID}}"><td class="num">{{NO}}</td><td><a href="/models/{{ID}}">{{TITLE}}</a>{{#HAS_PERSON}}<br><span class="muted">{{PERSON}}</span>{{/HAS_PERSON}}</td><td>{{UNIT_NAME}}</td><td>{{CHILD_NAME}}</td><td>{{KIND}}</td><td>{{FIELD}}</td></tr>{{/ROW}}
  </tbody>
</table>
{{#PAGES}}<nav class="pages no-print">{{#PREV}}<a rel="prev" href="{{PREV_HREF}}">«</a>{{/PREV}} {{PAGE}} / {{PAGE_COUNT}} {{#NEXT}}<a rel="next" href="{{NEXT_HREF}}">»</a>{{/NEXT}}</nav>{{/PAGES}}
