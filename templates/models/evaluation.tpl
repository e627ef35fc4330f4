{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CY_EVALUATION}}: {{TITLE}}</h1>
<p class="no-print"><a href="/models/{{ID}}">{{T_CY_VIEW_MODEL}}</a> · {{UNIT_NAME}} · {{YEAR}} · {{STATUS}}</p>
{{#HAS_MESSAGE}}<p class="error" role="alert">{{MESSAGE}}</p>{{/HAS_MESSAGE}}
{{#EVALUATED}}<p class="evaluated">{{T_CY_EVALUATED_BY}} {{BY}} · {{AT}} · <strong class="rating">{{RATING_LABEL}}</strong></p>{{/EVALUATED}}
{{#READ_ONLY}}<p class="muted">{{T_CY_EVALUATION_LOCKED}}</p>{{/READ_ONLY}}
<form method="post" action="/models/{{ID}}/evaluation" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <table class="indicators">
    <thead><tr><th>{{T_CY_INDICATOR}}</th><th>{{T_CY_MEASURE_UNIT}}</th><th class="num">{{T_CY_TARGET}}</th><th class="num">{{T_CY_ACHIEVED}}</th></tr></thead>
    <tbody>{{#INDICATOR}}<tr><td><label for="achieved_{{POS}}">{{NAME}}</label></td><td>{{UNIT}}</td><td class="num">{{TARGET}}</td>
      <td class="num"><input id="achieved_{{POS}}" name="achieved_{{POS}}" value="{{ACHIEVED}}" size="10">{{#HAS_ERROR}}<p class="field-error">{{ERROR}}</p>{{/HAS_ERROR}}</td></tr>{{/INDICATOR}}</tbody>
  </table>
  {{#NO_INDICATORS}}<p class="muted">{{T_CY_NO_INDICATORS}}</p>{{/NO_INDICATORS}}
  <label for="rating">{{T_CY_RATING}}</label>
  <select id="rating" name="rating" required><option value="">—</option>{{#RATING}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RATING}}</select>
  {{#RATING_HAS_ERROR}}<p class="field-error">{{RATING_ERROR}}</p>{{/RATING_HAS_ERROR}}
  <label for="comment">{{T_CY_COMMENT}}</label>
  <textarea id="comment" name="comment" rows="4" required>{{COMMENT}}</textarea>
  {{#COMMENT_HAS_ERROR}}<p class="field-error">{{COMMENT_ERROR}}</p>{{/COMMENT_HAS_ERROR}}
  <fieldset><legend>{{T_CY_FOLLOW_UP_IF_LOW}}</legend>
    <label for="follow_up_unit">{{T_CY_RESPONSIBLE_UNIT_CODE}}</label>
    <input id="follow_up_unit" name="follow_up_unit" value="{{FOLLOW_UP_UNIT}}">
    {{#FOLLOW_UP_UNIT_HAS_ERROR}}<p class="field-error">{{FOLLOW_UP_UNIT_ERROR}}</p>{{/FOLLOW_UP_UNIT_HAS_ERROR}}
    <label for="follow_up_action">{{T_CY_FOLLOW_UP_ACTION}}</label>
    <input id="follow_up_action" name="follow_up_action" value="{{FOLLOW_UP_ACTION}}">
    {{#FOLLOW_UP_ACTION_HAS_ERROR}}<p class="field-error">{{FOLLOW_UP_ACTION_ERROR}}</p>{{/FOLLOW_UP_ACTION_HAS_ERROR}}
    <label for="follow_up_due">{{T_CY_DUE}}</label>
    <input id="follow_up_due" name="follow_up_due" value="{{FOLLOW_UP_DUE}}" placeholder="dd/mm/yyyy">
    {{#FOLLOW_UP_DUE_HAS_ERROR}}<p class="field-error">{{FOLLOW_UP_DUE_ERROR}}</p>{{/FOLLOW_UP_DUE_HAS_ERROR}}
  </fieldset>
  {{#CAN_EVALUATE}}<button type="submit">{{T_CY_SAVE_EVALUATION}}</button>{{/CAN_EVALUATE}}
</form>
