<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_users.xsl: step 2 of "Configure a new certificate": who may use it.
  <content>
    <wizard draft current="2" done/>
    <certificate id state="draft">…</certificate>
    <users><user responsible="0|1" allowed="0|1"><id/><name/><niss/></user>…</users>
  </content>
  POST /sso/certificate/users: csrf, draft, users[] (the responsible person
  is kept whatever is sent).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">sso_users.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="sso-steps"/>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.name']"/></dt>
        <dd><xsl:value-of select="certificate/name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.quality']"/></dt>
        <dd><xsl:call-template name="sso-quality"><xsl:with-param name="code" select="certificate/quality"/></xsl:call-template></dd>
      </div>
    </dl>
    <form method="post" action="/sso/certificate/users" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="draft" value="{wizard/@draft}"/>
      <xsl:call-template name="sso-users-field"/>
      <div class="form-actions">
        <a class="button button-secondary" href="/sso/certificate/new?draft={wizard/@draft}"><xsl:value-of select="$t[@k='sso.previous']"/></a>
        <xsl:text> </xsl:text>
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso.next']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
