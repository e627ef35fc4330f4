{{%AUTOESCAPE context="HTML"}}
<section class="login-box">
  <h1>{{T_SIGN_IN}}</h1>
  <p class="subtitle">{{T_APP_LONG_NAME}}</p>
  {{#HAS_ERROR}}<p class="error" role="alert">{{ERROR}}</p>{{/HAS_ERROR}}
  <form method="post" action="/login" class="form">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="next" value="{{NEXT}}">
    <label for="login">{{T_LOGIN}}</label>
    <input id="login" name="login" value="{{LOGIN}}" autocomplete="username" required autofocus>
    <label for="password">{{T_PASSWORD}}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">{{T_SIGN_IN}}</button>
  </form>
  <p class="lang-switch"><a href="/login?lang=vi">Tiếng Việt</a> · <a href="/login?lang=en">English</a></p>
</section>
