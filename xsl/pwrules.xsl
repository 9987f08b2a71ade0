<?xml version="1.0" encoding="UTF-8"?>
<!--
  pwrules.xsl: what the screens that set a password share (included by
  activate.xsl, reset.xsl and password.xsl after they import layout.xsl).
    password-rules        the rules of a new password, explained
    new-password-fields   the new password and its confirmation; labels are
                          the keys {screen}.password and {screen}.confirm
  Password fields never carry the value back (the field widget sees to it).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="password-rules">
    <div class="password-rules">
      <h2><xsl:value-of select="$t[@k='pwrules.title']"/></h2>
      <ul>
        <li><xsl:value-of select="$t[@k='pwrules.length']"/></li>
        <li><xsl:value-of select="$t[@k='pwrules.any']"/></li>
        <li><xsl:value-of select="$t[@k='pwrules.common']"/></li>
        <li><xsl:value-of select="$t[@k='pwrules.personal']"/></li>
      </ul>
    </div>
  </xsl:template>

  <xsl:template name="new-password-fields">
    <xsl:variable name="screen" select="string(/page/@screen)"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'password'"/>
      <xsl:with-param name="type" select="'password'"/>
      <xsl:with-param name="label" select="concat($screen, '.password')"/>
      <xsl:with-param name="required" select="'yes'"/>
      <xsl:with-param name="autocomplete" select="'new-password'"/>
      <xsl:with-param name="maxlength" select="'256'"/>
    </xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'confirm'"/>
      <xsl:with-param name="type" select="'password'"/>
      <xsl:with-param name="label" select="concat($screen, '.confirm')"/>
      <xsl:with-param name="required" select="'yes'"/>
      <xsl:with-param name="autocomplete" select="'new-password'"/>
      <xsl:with-param name="maxlength" select="'256'"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
