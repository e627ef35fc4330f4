{{%AUTOESCAPE context="HTML"}}
{{#CREATING}}<h1>{{T_M_NEW}}</h1>{{/CREATING}}
{{#EDITING}}<h1>{{T_M_EDIT}} #{{MODEL_ID}}</h1>
<p class="no-print"><a href="/models/{{MODEL_ID}}">{{T_M_BACK_TO_MODEL}}</a></p>{{/EDITING}}
{{#HAS_NOTICE}}<p class="notice conflict" role="alert">{{NOTICE}}</p>{{/HAS_NOTICE}}
{{#ADMIN_OVERRIDE}}<p class="notice">{{T_M_ADMIN_EDITS_DECIDED}}</p>{{/ADMIN_OVERRIDE}}
{{#HAS_ERRORS}}<p class="error" role="alert">{{T_M_FORM_HAS_ERRORS}}</p>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION}}" class="form model-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_nonce" value="{{FORM_NONCE}}">
  <input type="hidden" name="version" value="{{VERSION}}">

  <label for="year">{{T_M_YEAR}}</label>
  <input id="year" name="year" value="{{YEAR}}" inputmode="numeric" required>
  {{#YEAR_HAS_ERROR}}<p class="field-error">{{YEAR_ERROR}}</p>{{/YEAR_HAS_ERROR}}

  <label for="unit">{{T_M_UNIT}}</label>
  <select id="unit" name="unit" required>{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPTION}}</select>
  {{#UNIT_HAS_ERROR}}<p class="field-error">{{UNIT_ERROR}}</p>{{/UNIT_HAS_ERROR}}

  <label for="title">{{T_M_TITLE}}</label>
  <input id="title" name="title" value="{{TITLE}}" maxlength="500" required>
  {{#TITLE_HAS_ERROR}}<p class="field-error">{{TITLE_ERROR}}</p>{{/TITLE_HAS_ERROR}}

  <fieldset>
    <legend>{{T_M_KIND}}</legend>
    {{#KIND_OPTION}}<label class="choice"><input type="radio" name="kind" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label>{{/KIND_OPTION}}
    {{#KIND_HAS_ERROR}}<p class="field-error">{{KIND_ERROR}}</p>{{/KIND_HAS_ERROR}}
  </fieldset>

  <label for="person_name">{{T_M_PERSON_NAME}}</label>
  <input id="person_name" name="person_name" value="{{PERSON_NAME}}" maxlength="255">
  {{#PERSON_NAME_HAS_ERROR}}<p class="field-error">{{PERSON_NAME_ERROR}}</p>{{/PERSON_NAME_HAS_ERROR}}
  <label for="person_position">{{T_M_PERSON_POSITION}}</label>
  <input id="person_position" name="person_position" value="{{PERSON_POSITION}}" maxlength="255">
  {{#PERSON_POSITION_HAS_ERROR}}<p class="field-error">{{PERSON_POSITION_ERROR}}</p>{{/PERSON_POSITION_HAS_ERROR}}
  <p class="hint">{{T_M_PERSON_HINT}}</p>

  <label for="field">{{T_M_FIELD}}</label>
  <select id="field" name="field" required><option value="">—</option>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>
  {{#FIELD_HAS_ERROR}}<p class="field-error">{{FIELD_ERROR}}</p>{{/FIELD_HAS_ERROR}}

  <label for="summary">{{T_M_SUMMARY}}</label>
  <textarea id="summary" name="summary" rows="3">{{SUMMARY}}</textarea>
  {{#SUMMARY_HAS_ERROR}}<p class="field-error">{{SUMMARY_ERROR}}</p>{{/SUMMARY_HAS_ERROR}}

  <label for="content">{{T_M_CONTENT}}</label>
  <textarea id="content" name="content" rows="8">{{CONTENT}}</textarea>
  {{#CONTENT_HAS_ERROR}}<p class="field-error">{{CONTENT_ERROR}}</p>{{/CONTENT_HAS_ERROR}}

  <label for="start_date">{{T_M_START_DATE}}</label>
  <input id="start_date" name="start_date" value="{{START_DATE}}" placeholder="dd/mm/yyyy">
  {{#START_DATE_HAS_ERROR}}<p class="field-error">{{START_DATE_ERROR}}</p>{{/START_DATE_HAS_ERROR}}

  <fieldset class="indicators">
    <legend>{{T_M_INDICATORS}}</legend>
    <p class="hint">{{T_M_INDICATORS_HINT}}</p>
    <table>
      <thead><tr><th class="num">#</th><th>{{T_M_INDICATOR_NAME}}</th><th>{{T_M_INDICATOR_UNIT}}</th><th>{{T_M_INDICATOR_TARGET}}</th></tr></thead>
      <tbody>
      {{#INDICATOR}}<tr>
        <td class="num">{{NUMBER}}</td>
        <td><input name="indicator_name_{{N}}" value="{{NAME}}" aria-label="{{T_M_INDICATOR_NAME}} {{NUMBER}}">
          {{#ROW_HAS_ERROR}}<p class="field-error">{{ROW_ERROR}}</p>{{/ROW_HAS_ERROR}}</td>
        <td><input name="indicator_unit_{{N}}" value="{{UNIT}}" size="10" aria-label="{{T_M_INDICATOR_UNIT}} {{NUMBER}}"></td>
        <td><input name="indicator_target_{{N}}" value="{{TARGET}}" size="8" inputmode="decimal" aria-label="{{T_M_INDICATOR_TARGET}} {{NUMBER}}"></td>
      </tr>{{/INDICATOR}}
      </tbody>
    </table>
    {{#INDICATORS_HAS_ERROR}}<p class="field-error">{{INDICATORS_ERROR}}</p>{{/INDICATORS_HAS_ERROR}}
    {{#CAN_ADD_ROWS}}<button type="submit" name="more_indicators" value="1" formnovalidate class="secondary">{{T_M_MORE_INDICATORS}}</button>{{/CAN_ADD_ROWS}}
  </fieldset>

  <button type="submit" name="save" value="1">{{T_SAVE}}</button>
</form>
