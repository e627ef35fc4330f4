{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_UNITS}}</h1>
<p class="no-print"><a href="/admin/units/new">{{T_ADM_UNIT_NEW}}</a></p>
<table class="units">
  <thead><tr><th>{{T_ADM_CODE}}</th><th>{{T_ADM_NAME}}</th><th>{{T_ADM_KIND}}</th><th>{{T_ADM_LEVEL}}</th><th>{{T_ADM_STATUS}}</th></tr></thead>
  <tbody>
  {{#UNIT}}<tr class="depth-{{DEPTH}}{{#INACTIVE}} inactive{{/INACTIVE}}">
    <td><a href="/admin/units/{{ID}}">{{CODE}}</a></td>
    <td class="unit-name">{{NAME}}</td>
    <td>{{KIND}}</td><td>{{LEVEL}}</td>
    <td>{{STATUS}}{{#MERGED}} → <a href="/admin/units/{{MERGED_ID}}">{{MERGED_CODE}}</a>{{/MERGED}}</td>
  </tr>{{/UNIT}}
  </tbody>
</table>
<p class="muted">{{T_ADM_UNIT_COUNT}}: {{UNIT_COUNT}}</p>
