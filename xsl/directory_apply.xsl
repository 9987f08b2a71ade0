<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_apply.xsl: the public activation request form, for a
  professional the regional directory does not know yet.
  <content>
    <form><family_name/>…<service/></form>  or  <done/>
    <services><option><code/><name/></option>…</services>
    <professions><option><code/><name/></option>…</professions>
  </content>
  The form POSTs its fields and csrf to /directory/apply.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory_apply.title</xsl:template>

  <xsl:template match="content">
    <xsl:choose>
      <xsl:when test="done">
        <div class="flash" role="status">
          <p><xsl:value-of select="$t[@k='directory_apply.done']"/></p>
        </div>
        <p><xsl:value-of select="$t[@k='directory_apply.done.next']"/></p>
        <p><a href="/login"><xsl:value-of select="$t[@k='directory_apply.login']"/></a></p>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="form"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="form">
    <xsl:variable name="f" select="."/>
    <p class="lead"><xsl:value-of select="$t[@k='directory_apply.intro']"/></p>
    <p><xsl:value-of select="$t[@k='directory_apply.known']"/></p>
    <form method="post" action="/directory/apply" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <fieldset class="group">
        <legend><xsl:value-of select="$t[@k='directory_apply.you']"/></legend>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'family_name'"/><xsl:with-param name="label" select="'directory_apply.family_name'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="autocomplete" select="'family-name'"/><xsl:with-param name="value" select="$f/family_name"/><xsl:with-param name="maxlength" select="'100'"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'given_name'"/><xsl:with-param name="label" select="'directory_apply.given_name'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="autocomplete" select="'given-name'"/><xsl:with-param name="value" select="$f/given_name"/><xsl:with-param name="maxlength" select="'100'"/></xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'profession'"/>
          <xsl:with-param name="label" select="'directory_apply.profession'"/>
          <xsl:with-param name="current" select="string($f/profession)"/>
          <xsl:with-param name="options" select="../professions/option"/>
          <xsl:with-param name="any" select="'directory_person.choose'"/>
          <xsl:with-param name="required" select="true()"/>
        </xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'rpps'"/><xsl:with-param name="label" select="'directory_apply.rpps'"/><xsl:with-param name="help" select="'directory_apply.rpps.help'"/><xsl:with-param name="autocomplete" select="'off'"/><xsl:with-param name="value" select="$f/rpps"/><xsl:with-param name="maxlength" select="'11'"/><xsl:with-param name="width" select="'medium'"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'adeli'"/><xsl:with-param name="label" select="'directory_apply.adeli'"/><xsl:with-param name="help" select="'directory_apply.adeli.help'"/><xsl:with-param name="autocomplete" select="'off'"/><xsl:with-param name="value" select="$f/adeli"/><xsl:with-param name="maxlength" select="'9'"/><xsl:with-param name="width" select="'medium'"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'email'"/><xsl:with-param name="type" select="'email'"/><xsl:with-param name="label" select="'directory_apply.email'"/><xsl:with-param name="help" select="'directory_apply.email.help'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="autocomplete" select="'email'"/><xsl:with-param name="value" select="$f/email"/><xsl:with-param name="maxlength" select="'254'"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'phone'"/><xsl:with-param name="type" select="'tel'"/><xsl:with-param name="label" select="'directory_apply.phone'"/><xsl:with-param name="autocomplete" select="'tel'"/><xsl:with-param name="value" select="$f/phone"/><xsl:with-param name="maxlength" select="'32'"/><xsl:with-param name="width" select="'medium'"/></xsl:call-template>
      </fieldset>
      <fieldset class="group">
        <legend><xsl:value-of select="$t[@k='directory_apply.place']"/></legend>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'structure'"/><xsl:with-param name="label" select="'directory_apply.structure'"/><xsl:with-param name="help" select="'directory_apply.structure.help'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="autocomplete" select="'organization'"/><xsl:with-param name="value" select="$f/structure"/><xsl:with-param name="maxlength" select="'200'"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'postal_code'"/><xsl:with-param name="label" select="'directory_apply.postal_code'"/><xsl:with-param name="help" select="'directory_apply.postal_code.help'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="autocomplete" select="'postal-code'"/><xsl:with-param name="value" select="$f/postal_code"/><xsl:with-param name="maxlength" select="'5'"/><xsl:with-param name="width" select="'short'"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="name" select="'city'"/><xsl:with-param name="label" select="'directory_apply.city'"/><xsl:with-param name="required" select="'yes'"/><xsl:with-param name="autocomplete" select="'address-level2'"/><xsl:with-param name="value" select="$f/city"/><xsl:with-param name="maxlength" select="'100'"/></xsl:call-template>
      </fieldset>
      <fieldset class="group">
        <legend><xsl:value-of select="$t[@k='directory_apply.what']"/></legend>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'service'"/>
          <xsl:with-param name="label" select="'directory_apply.service'"/>
          <xsl:with-param name="current" select="string($f/service)"/>
          <xsl:with-param name="options" select="../services/option"/>
          <xsl:with-param name="any" select="'directory_person.choose'"/>
          <xsl:with-param name="required" select="true()"/>
        </xsl:call-template>
      </fieldset>
      <p><xsl:value-of select="$t[@k='directory_apply.privacy']"/></p>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_apply.submit']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
