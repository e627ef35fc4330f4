{{%AUTOESCAPE context="HTML"}}
<h1>{{T_HOME_WELCOME}}, {{USER_NAME}}</h1>
<dl class="facts">
  <dt>{{T_UNIT}}</dt><dd>{{UNIT_NAME}} ({{UNIT_CODE}})</dd>
  <dt>{{T_ROLE}}</dt><dd>{{ROLE_LABEL}}</dd>
  {{#CAMPAIGN}}<dt>{{T_ADM_HOME_CAMPAIGN}}</dt><dd class="current-campaign">{{T_ADM_DIRECTIVE}} {{CAMPAIGN_NUMBER}} · {{T_ADM_YEAR}} {{CAMPAIGN_YEAR}}</dd>{{/CAMPAIGN}}
</dl>
<h2>{{T_ATTENTION}}</h2>
{{#ATTENTION}}<ul class="attention">{{#ITEM}}<li><a href="{{HREF}}">{{TEXT}}</a></li>{{/ITEM}}</ul>{{/ATTENTION}}
{{#NOTHING_PENDING}}<p class="muted">{{T_NOTHING_PENDING}}</p>{{/NOTHING_PENDING}}
<form method="post" action="/account/language" class="inline">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <label for="lang">{{T_LANGUAGE}}</label>
  <select id="lang" name="lang"><option value="vi">Tiếng Việt</option><option value="en">English</option></select>
  <button type="submit">{{T_SAVE}}</button>
</form>
