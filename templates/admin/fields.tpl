{{%AUTOESCAPE context="HTML"}}
{{#ADMIN_NAV}}<nav class="subnav no-print" aria-label="{{T_ADM_TITLE}}"><a href="/admin">{{T_ADM_TITLE}}</a> · <a href="/admin/units">{{T_ADM_UNITS}}</a> · <a href="/admin/users">{{T_ADM_USERS}}</a> · <a href="/admin/campaigns">{{T_ADM_CAMPAIGNS}}</a> · <a href="/admin/fields">{{T_ADM_FIELDS}}</a></nav>{{/ADMIN_NAV}}
{{#CURRENT_CAMPAIGN}}<p class="muted current-campaign">{{T_ADM_CURRENT_CAMPAIGN}}: {{T_ADM_DIRECTIVE}} {{CURRENT_CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CURRENT_YEAR}}</p>{{/CURRENT_CAMPAIGN}}{{#NO_CURRENT_CAMPAIGN}}<p class="muted">{{T_ADM_NO_CURRENT_CAMPAIGN}}</p>{{/NO_CURRENT_CAMPAIGN}}
<h1>{{T_ADM_FIELDS}}</h1>
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_ADM_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<table class="fields">
  <thead><tr><th>{{T_ADM_SORT_ORDER}}</th><th>{{T_ADM_CODE}}</th><th>{{T_ADM_NAME_VI}}</th><th>{{T_ADM_NAME_EN}}</th><th>{{T_ADM_STATE}}</th><th class="no-print"></th></tr></thead>
  <tbody>
  {{#FIELD}}<tr{{#RETIRED}} class="inactive"{{/RETIRED}}>
    <td colspan="4">
      <form method="post" action="/admin/fields/{{ID}}" class="inline field-row">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="version" value="{{VERSION}}">
        <input name="sort_order" value="{{SORT_ORDER}}" size="3" aria-label="{{T_ADM_SORT_ORDER}}">
        <code>{{CODE}}</code>
        <input name="name_vi" value="{{NAME_VI}}" aria-label="{{T_ADM_NAME_VI}}" maxlength="255">
        <input name="name_en" value="{{NAME_EN}}" aria-label="{{T_ADM_NAME_EN}}" maxlength="255">
        <button type="submit">{{T_SAVE}}</button>
      </form>
      {{#ROW_HAS_ERROR}}<p class="field-error">{{ROW_ERROR}}</p>{{/ROW_HAS_ERROR}}
    </td>
    <td>{{STATE}}</td>
    <td class="no-print">
      <form method="post" action="/admin/fields/{{ID}}/retire" class="inline">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="version" value="{{VERSION}}">
        {{#CAN_RETIRE}}<input type="hidden" name="retired" value="1"><button type="submit">{{T_ADM_RETIRE}}</button>{{/CAN_RETIRE}}
        {{#CAN_RESTORE}}<input type="hidden" name="retired" value="0"><button type="submit">{{T_ADM_RESTORE}}</button>{{/CAN_RESTORE}}
      </form>
      <form method="post" action="/admin/fields/{{ID}}/delete" class="inline">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="version" value="{{VERSION}}">
        <button type="submit">{{T_ADM_DELETE}}</button>
      </form>
    </td>
  </tr>{{/FIELD}}
  </tbody>
</table>

<section class="no-print">
<h2>{{T_ADM_FIELD_NEW}}</h2>
<form method="post" action="/admin/fields" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <label for="code">{{T_ADM_CODE}}</label>
  <input id="code" name="code" value="{{CODE_VALUE}}" maxlength="32" required>
  <p class="hint">{{T_ADM_FIELD_CODE_HINT}}</p>
  {{#CODE_HAS_ERROR}}<p class="field-error">{{CODE_ERROR}}</p>{{/CODE_HAS_ERROR}}
  <label for="name_vi">{{T_ADM_NAME_VI}}</label>
  <input id="name_vi" name="name_vi" value="{{NAME_VI_VALUE}}" maxlength="255" required>
  {{#NAME_VI_HAS_ERROR}}<p class="field-error">{{NAME_VI_ERROR}}</p>{{/NAME_VI_HAS_ERROR}}
  <label for="name_en">{{T_ADM_NAME_EN}}</label>
  <input id="name_en" name="name_en" value="{{NAME_EN_VALUE}}" maxlength="255" required>
  {{#NAME_EN_HAS_ERROR}}<p class="field-error">{{NAME_EN_ERROR}}</p>{{/NAME_EN_HAS_ERROR}}
  <label for="sort_order">{{T_ADM_SORT_ORDER}}</label>
  <input id="sort_order" name="sort_order" value="{{SORT_ORDER_VALUE}}" inputmode="numeric" maxlength="4" required>
  {{#SORT_ORDER_HAS_ERROR}}<p class="field-error">{{SORT_ORDER_ERROR}}</p>{{/SORT_ORDER_HAS_ERROR}}
  <button type="submit">{{T_ADM_CREATE}}</button>
</form>
</section>
