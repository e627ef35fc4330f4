{{%AUTOESCAPE context="HTML"}}<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 {{W}} {{H}}" width="{{W}}" height="{{H}}" role="img" aria-label="{{CAPTION}}">
{{#TICK}}<line class="grid" x1="{{X1}}" x2="{{X2}}" y1="{{Y}}" y2="{{Y}}"></line><text class="tick" x="{{TX}}" y="{{TY}}" text-anchor="end">{{LABEL}}</text>
{{/TICK}}{{#BAR}}<rect class="bar s{{SERIES}}" x="{{X}}" y="{{Y}}" width="{{BW}}" height="{{BH}}"></rect><text class="value" x="{{LX}}" y="{{LY}}" text-anchor="middle">{{LABEL}}</text>
{{/BAR}}{{#GROUP}}<text class="group" x="{{X}}" y="{{Y}}" text-anchor="middle">{{LABEL}}</text>
{{/GROUP}}</svg>
<figcaption>{{CAPTION}}{{#LEGEND}} <span class="legend"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" aria-hidden="true"><rect class="bar s{{SERIES}}" width="12" height="12"></rect></svg> {{LABEL}}</span>{{/LEGEND}}</figcaption>
</figure>
