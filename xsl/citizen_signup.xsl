<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_signup.xsl: opening a citizen account.
  <content><signup><given_name/><family_name/><birth_date/><email/></signup></content>
  <content><sent/></content>   after the form: "check your mailbox"
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/sent">citizen_signup.sent_title</xsl:when>
      <xsl:otherwise>citizen_signup.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content[sent]">
    <p class="lead"><xsl:value-of select="$t[@k='citizen_signup.sent_text']"/></p>
    <p><xsl:value-of select="$t[@k='citizen_signup.sent_used']"/></p>
    <p><xsl:value-of select="$t[@k='citizen_signup.sent_nothing']"/></p>
    <ul>
      <li><a href="/login"><xsl:value-of select="$t[@k='citizen_signup.login_link']"/></a></li>
      <li><a href="/citizen/search"><xsl:value-of select="$t[@k='citizen_signup.search_link']"/></a></li>
    </ul>
  </xsl:template>

  <xsl:template match="content[signup]">
    <xsl:variable name="s" select="signup"/>
    <p class="lead"><xsl:value-of select="$t[@k='citizen_signup.intro']"/></p>
    <ul>
      <li><xsl:value-of select="$t[@k='citizen_signup.benefit_family']"/></li>
      <li><xsl:value-of select="$t[@k='citizen_signup.benefit_list']"/></li>
      <li><xsl:value-of select="$t[@k='citizen_signup.benefit_reminders']"/></li>
    </ul>
    <div class="notice" role="note" aria-labelledby="pro-title">
      <h2 id="pro-title" class="notice-title"><xsl:value-of select="$t[@k='citizen_signup.pro_title']"/></h2>
      <p><xsl:value-of select="$t[@k='citizen_signup.pro_text']"/></p>
    </div>
    <form method="post" action="/citizen/signup" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'given_name'"/>
        <xsl:with-param name="label" select="'citizen_signup.given_name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'given-name'"/>
        <xsl:with-param name="value" select="string($s/given_name)"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'family_name'"/>
        <xsl:with-param name="label" select="'citizen_signup.family_name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'family-name'"/>
        <xsl:with-param name="value" select="string($s/family_name)"/>
        <xsl:with-param name="maxlength" select="'100'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'birth_date'"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="label" select="'citizen_signup.birth_date'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'bday'"/>
        <xsl:with-param name="value" select="string($s/birth_date)"/>
        <xsl:with-param name="help" select="'citizen.birth_date_help'"/>
        <xsl:with-param name="width" select="'medium'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="'citizen_signup.email'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="autocomplete" select="'email'"/>
        <xsl:with-param name="value" select="string($s/email)"/>
        <xsl:with-param name="help" select="'citizen_signup.email_help'"/>
        <xsl:with-param name="maxlength" select="'254'"/>
      </xsl:call-template>
      <p class="form-note"><xsl:value-of select="$t[@k='citizen_signup.privacy']"/></p>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_signup.submit']"/></button>
      </div>
    </form>
    <ul>
      <li><a href="/login"><xsl:value-of select="$t[@k='citizen_signup.login_link']"/></a></li>
      <li><a href="/citizen/search"><xsl:value-of select="$t[@k='citizen_signup.search_link']"/></a></li>
    </ul>
  </xsl:template>

</xsl:stylesheet>
