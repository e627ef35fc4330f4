{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_USERS}}</h1>
<p class="no-print"><a href="/admin/users/new">{{T_ADM_USER_NEW}}</a></p>
{{#NO_USERS}}<p class="muted">{{T_ADM_NO_USERS}}</p>{{/NO_USERS}}
<table class="users">
  <thead><tr><th>{{T_LOGIN}}</th><th>{{T_ADM_DISPLAY_NAME}}</th><th>{{T_ROLE}}</th><th>{{T_UNIT}}</th><th>{{T_ADM_STATE}}</th></tr></thead>
  <tbody>
  {{#USER}}<tr{{#INACTIVE}} class="inactive"{{/INACTIVE}}>
    <td><a href="/admin/users/{{ID}}">{{LOGIN}}</a></td><td>{{DISPLAY_NAME}}</td><td>{{ROLE}}</td>
    <td>{{#UNIT_LINK}}<a href="/admin/units/{{UNIT_ID}}">{{UNIT_NAME}}</a>{{/UNIT_LINK}}{{#UNIT_TEXT}}{{UNIT_NAME}}{{/UNIT_TEXT}}</td><td>{{STATE}}</td>
  </tr>{{/USER}}
  </tbody>
</table>
