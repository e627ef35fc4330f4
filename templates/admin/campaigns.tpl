{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_CAMPAIGNS}}</h1>
<p class="no-print"><a href="/admin/campaigns/new">{{T_ADM_CAMPAIGN_NEW}}</a></p>
{{#NO_CAMPAIGNS}}<p class="muted">{{T_ADM_NO_CAMPAIGNS}}</p>{{/NO_CAMPAIGNS}}
<table class="campaigns">
  <thead><tr><th>{{T_ADM_DIRECTIVE_NUMBER}}</th><th>{{T_ADM_CAMPAIGN_TITLE}}</th><th>{{T_ADM_ISSUING_BODY}}</th><th>{{T_ADM_PERIOD}}</th><th></th></tr></thead>
  <tbody>
  {{#CAMPAIGN}}<tr><td><a href="/admin/campaigns/{{ID}}">{{DIRECTIVE_NUMBER}}</a></td><td>{{TITLE_VALUE}}</td><td>{{ISSUING_BODY}}</td><td>{{START_YEAR}}–{{END_YEAR}}</td><td>{{#CURRENT}}{{T_ADM_CURRENT}}{{/CURRENT}}</td></tr>{{/CAMPAIGN}}
  </tbody>
</table>
