{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · {{T_APP_NAME}}</title>
<link rel="stylesheet" href="/static/css/app.css">
</head>
<body>
<header class="site-header no-print">
  <a class="brand" href="/">{{T_APP_NAME}}</a>
  {{#SIGNED_IN}}
  <nav class="main-nav" aria-label="{{T_MENU}}">
    <a href="/">{{T_NAV_HOME}}</a>
    {{#ROLE_admin}}<a href="/admin">{{T_NAV_ADMIN}}</a>{{/ROLE_admin}}
    {{#ROLE_unit_head}}<a href="/admin/users">{{T_NAV_STAFF}}</a>{{/ROLE_unit_head}}
    <a href="/models">{{T_NAV_MODELS}}</a>
    <a href="/proposals">{{T_NAV_PROPOSALS}}</a>
    {{#ROLE_commission_staff}}<a href="/reviews">{{T_NAV_REVIEWS}}</a>{{/ROLE_commission_staff}}{{#ROLE_admin}}<a href="/reviews">{{T_NAV_REVIEWS}}</a>{{/ROLE_admin}}{{#ROLE_unit_head}}<a href="/reviews">{{T_NAV_REVIEWS}}</a>{{/ROLE_unit_head}}
    <a href="/recognitions">{{T_NAV_RECOGNITIONS}}</a>
    <a href="/reports/funnel">{{T_NAV_REPORTS}}</a>
  </nav>
  <div class="who">
    <span class="user">{{USER_NAME}}</span> · <span class="unit">{{UNIT_NAME}}</span> · <span class="role">{{ROLE_LABEL}}</span>
    <a href="/account/password">{{T_CHANGE_PASSWORD}}</a>
    <form method="post" action="/logout" class="inline">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="link">{{T_SIGN_OUT}}</button>
    </form>
  </div>
  {{/SIGNED_IN}}
</header>
<main>
{{#FLASH}}<p class="flash" role="status">{{FLASH_MESSAGE}}</p>{{/FLASH}}
{{! BODY is the output of the page's own auto-escaped template, so it is already safe HTML. }}
{{BODY:none}}
</main>
<footer class="site-footer no-print">{{T_FOOTER}}</footer>
</body>
</html>
