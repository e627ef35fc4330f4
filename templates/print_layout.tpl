{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<title>{{TITLE}}</title>
<link rel="stylesheet" href="/static/css/app.css">
<link rel="stylesheet" href="/static/css/print.css">
</head>
<body class="document">
<p class="no-print document-tools"><a href="/">{{T_BACK_HOME}}</a> · {{T_PRINT_HINT}}</p>
{{! BODY is the output of the document's own auto-escaped template, so it is already safe HTML. }}
{{BODY:none}}
</body>
</html>
