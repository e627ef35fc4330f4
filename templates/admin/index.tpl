{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_TITLE}}</h1>
<ul class="admin-links">
  <li><a href="/admin/units">{{T_ADM_UNITS}}</a> — {{T_ADM_UNITS_HINT}}</li>
  <li><a href="/admin/users">{{T_ADM_USERS}}</a> — {{T_ADM_USERS_HINT}}</li>
  <li><a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> — {{T_ADM_CAMPAIGNS_HINT}}</li>
  <li><a href="/admin/fields">{{T_ADM_FIELDS}}</a> — {{T_ADM_FIELDS_HINT}}</li>
</ul>
<h2>{{T_ADM_RECENT_CHANGES}}</h2>
<table>
  <thead><tr><th>{{T_ADM_WHEN}}</th><th>{{T_ADM_WHO}}</th><th>{{T_ADM_ACTION}}</th><th>{{T_ADM_RECORD}}</th></tr></thead>
  <tbody>
  {{#CHANGE}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{ENTITY}} {{ENTITY_ID}}</td></tr>{{/CHANGE}}
  </tbody>
</table>
