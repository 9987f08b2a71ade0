<?xml version="1.0" encoding="UTF-8"?>
<!--
  enrol.xsl: setting up the authenticator app, then the recovery codes.
  <content><enrol next="/" secret="BASE32" uri="otpauth://…"><qr side="37" path="M4 4h1v1h-1z…"/></enrol></content>
  <content><recovery next="/"><code>abcd-efgh-jk</code>…</recovery></content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/recovery">enrol.recovery_title</xsl:when>
      <xsl:otherwise>enrol.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content[enrol]">
    <xsl:variable name="e" select="enrol"/>
    <p class="lead"><xsl:value-of select="$t[@k='enrol.intro']"/></p>
    <ol class="steps">
      <li>
        <p><xsl:value-of select="$t[@k='enrol.step_app']"/></p>
      </li>
      <li>
        <p><xsl:value-of select="$t[@k='enrol.step_scan']"/></p>
        <svg xmlns="http://www.w3.org/2000/svg" class="qr" width="220" height="220"
             viewBox="0 0 {$e/qr/@side} {$e/qr/@side}" role="img" aria-labelledby="qr-label">
          <title id="qr-label"><xsl:value-of select="$t[@k='enrol.qr_label']"/></title>
          <rect width="100%" height="100%" fill="#ffffff"/>
          <path d="{$e/qr/@path}" fill="#000000"/>
        </svg>
        <p><xsl:value-of select="$t[@k='enrol.step_key']"/></p>
        <p class="secret"><code><xsl:call-template name="groups"><xsl:with-param name="s" select="string($e/@secret)"/></xsl:call-template></code></p>
      </li>
      <li>
        <p><xsl:value-of select="$t[@k='enrol.step_code']"/></p>
        <form method="post" action="/mfa/enrol" class="form form-narrow">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="next" value="{$e/@next}"/>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'code'"/>
            <xsl:with-param name="label" select="'code.code'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="autocomplete" select="'one-time-code'"/>
            <xsl:with-param name="maxlength" select="'6'"/>
            <xsl:with-param name="width" select="'short'"/>
          </xsl:call-template>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='enrol.submit']"/></button>
          </div>
        </form>
      </li>
    </ol>
  </xsl:template>

  <xsl:template match="content[recovery]">
    <p class="lead"><xsl:value-of select="$t[@k='enrol.recovery_intro']"/></p>
    <ul class="recovery-codes">
      <xsl:for-each select="recovery/code">
        <li><code><xsl:value-of select="."/></code></li>
      </xsl:for-each>
    </ul>
    <p><xsl:value-of select="$t[@k='enrol.recovery_keep']"/></p>
    <p><a class="button" href="{recovery/@next}"><xsl:value-of select="$t[@k='enrol.continue']"/></a></p>
  </xsl:template>

  <!-- The secret in groups of four, easier to type. -->
  <xsl:template name="groups">
    <xsl:param name="s"/>
    <xsl:value-of select="substring($s, 1, 4)"/>
    <xsl:if test="string-length($s) &gt; 4">
      <xsl:text> </xsl:text>
      <xsl:call-template name="groups"><xsl:with-param name="s" select="substring($s, 5)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
