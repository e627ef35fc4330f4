{{%AUTOESCAPE context="HTML"}}
<h1>{{T_CHANGE_PASSWORD}}</h1>
{{#MUST_CHANGE}}<p class="notice">{{T_MUST_CHANGE_PASSWORD}}</p>{{/MUST_CHANGE}}
<form method="post" action="/account/password" class="form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <label for="current_password">{{T_CURRENT_PASSWORD}}</label>
  <input id="current_password" name="current_password" type="password" autocomplete="current-password" required>
  {{#CURRENT_HAS_ERROR}}<p class="field-error">{{CURRENT_ERROR}}</p>{{/CURRENT_HAS_ERROR}}
  <label for="new_password">{{T_NEW_PASSWORD}}</label>
  <input id="new_password" name="new_password" type="password" autocomplete="new-password" required>
  <label for="confirm_password">{{T_CONFIRM_PASSWORD}}</label>
  <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required>
  {{#NEW_HAS_ERROR}}<p class="field-error">{{NEW_ERROR}}</p>{{/NEW_HAS_ERROR}}
  <p class="hint">{{T_PASSWORD_RULES}}</p>
  <button type="submit">{{T_SAVE}}</button>
</form>
