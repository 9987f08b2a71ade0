<?xml version="1.0" encoding="UTF-8"?>
<!--
  sso_access.xsl: who may use the active certificate, edited.
  <content>
    <certificate id state="active">…<version/>
      <users><user responsible="0|1" allowed="0|1"><id/><name/><niss/></user>…</users>
    </certificate>
  </content>
  POST /sso/certificate/access: csrf, id, version, users[].
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="sso-parts.xsl"/>

  <xsl:template name="title">sso_access.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="c" select="certificate"/>
    <p><a href="/sso"><xsl:value-of select="$t[@k='sso.back']"/></a></p>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.name']"/></dt>
        <dd><xsl:value-of select="$c/name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='sso.cert.valid_until']"/></dt>
        <dd><xsl:call-template name="datetime"><xsl:with-param name="value" select="$c/not_after"/></xsl:call-template></dd>
      </div>
    </dl>
    <form method="post" action="/sso/certificate/access" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="id" value="{$c/@id}"/>
      <input type="hidden" name="version" value="{$c/version}"/>
      <xsl:call-template name="sso-users-field"><xsl:with-param name="users" select="$c/users"/></xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='sso_access.submit']"/></button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary" href="/sso"><xsl:value-of select="$t[@k='sso.cancel']"/></a>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
