<?xml version="1.0" encoding="UTF-8"?>
<!--
  portal_settings.xsl: an organisation's family portal settings.
  <content>
    <settings><org/><version/><template/></settings>
    <templates><template>portal-invite</template>…</templates>
    <orgs><org><id/><name/></org>…</orgs>      (only for users.manage_all)
  </content>
  A template's words are the catalog keys portal_settings.template.{name}
  and portal_settings.template.{name}.text (dashes as underscores), else
  its file name.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">portal_settings.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="s" select="settings"/>
    <p><a href="/roles"><xsl:value-of select="$t[@k='portal_settings.back']"/></a></p>
    <xsl:if test="orgs/org">
      <form method="get" action="/clients/portal-settings" class="form filters">
        <div class="field">
          <label class="field-label" for="field-org-choice"><xsl:value-of select="$t[@k='portal_settings.org']"/></label>
          <select class="input" id="field-org-choice" name="org">
            <xsl:for-each select="orgs/org">
              <option value="{id}">
                <xsl:if test="string(id) = string($s/org)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="name"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <div class="form-actions">
          <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='portal_settings.show']"/></button>
        </div>
      </form>
    </xsl:if>
    <xsl:variable name="error" select="string(/page/errors/error[@field = 'template'][1]/@key)"/>
    <form method="post" action="/clients/portal-settings" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="org" value="{$s/org}"/>
      <input type="hidden" name="version" value="{$s/version}"/>
      <fieldset id="field-template">
        <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
        <xsl:if test="$error"><xsl:attribute name="aria-describedby">field-template-error</xsl:attribute></xsl:if>
        <legend class="field-label"><xsl:value-of select="$t[@k='portal_settings.template']"/></legend>
        <p class="field-help"><xsl:value-of select="$t[@k='portal_settings.template_help']"/></p>
        <xsl:if test="$error">
          <p class="field-error" id="field-template-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $error]"/>
          </p>
        </xsl:if>
        <xsl:for-each select="templates/template">
          <xsl:variable name="k" select="concat('portal_settings.template.', translate(., '-', '_'))"/>
          <div class="radio">
            <input type="radio" id="template-{position()}" name="template" value="{.}" aria-describedby="template-{position()}-text">
              <xsl:if test=". = $s/template"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text>
            <label for="template-{position()}">
              <xsl:choose>
                <xsl:when test="$t[@k = $k]"><xsl:value-of select="$t[@k = $k]"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
              <code><xsl:value-of select="."/></code>
            </label>
            <p class="field-help" id="template-{position()}-text"><xsl:value-of select="$t[@k = concat($k, '.text')]"/></p>
          </div>
        </xsl:for-each>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='portal_settings.save']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
