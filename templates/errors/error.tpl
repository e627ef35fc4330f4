{{%AUTOESCAPE context="HTML"}}
<section class="error-page">
  <h1>{{T_ERROR}} {{STATUS}}</h1>
  <p>{{MESSAGE}}</p>
  <p class="no-print"><a href="/">{{T_BACK_HOME}}</a></p>
</section>
