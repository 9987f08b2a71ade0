<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_me.xsl: the professional's own record, read only.
  <content><person>…</person><activities>…</activities><access>…</access></content>
  (the shapes of directory_person.xsl)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">directory_me.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="p" select="person"/>
    <p class="lead"><xsl:value-of select="$t[@k='directory_me.intro']"/></p>
    <h2><xsl:value-of select="$t[@k='directory_person.identity']"/></h2>
    <dl class="summary-list">
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.name'"/><xsl:with-param name="value" select="string($p/family_name)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.birth_name'"/><xsl:with-param name="value" select="string($p/birth_name)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.given'"/><xsl:with-param name="value" select="string($p/given_name)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.profession'"/><xsl:with-param name="value" select="string($p/profession_name)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.matricule'"/><xsl:with-param name="value" select="string($p/matricule)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.login'"/><xsl:with-param name="value" select="string($p/login)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.rpps'"/><xsl:with-param name="value" select="string($p/rpps)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.adeli'"/><xsl:with-param name="value" select="string($p/adeli)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.email'"/><xsl:with-param name="value" select="string($p/email)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.ovr_phone.ref'"/><xsl:with-param name="value" select="string($p/phone)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.ovr_mss.ref'"/><xsl:with-param name="value" select="string($p/mss)"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory_person.address'"/><xsl:with-param name="value" select="normalize-space(concat($p/street_number, ' ', $p/street_repeat, ' ', $p/street_type, ' ', $p/street_label, ' ', $p/postal_code, ' ', $p/city))"/></xsl:call-template>
      <xsl:call-template name="row"><xsl:with-param name="label" select="'directory.col.centre'"/><xsl:with-param name="value" select="string($p/centre)"/></xsl:call-template>
    </dl>
    <h2><xsl:value-of select="$t[@k='directory_person.activities']"/></h2>
    <xsl:choose>
      <xsl:when test="activities/activity">
        <ul class="list-bullet">
          <xsl:for-each select="activities/activity">
            <li>
              <strong><xsl:value-of select="structure"/></strong>
              <xsl:if test="string(role)"><xsl:value-of select="concat(', ', role)"/></xsl:if>
              <br/>
              <xsl:value-of select="normalize-space(concat(street, ' ', postal_code, ' ', city))"/>
              <xsl:if test="string(mss)">
                <br/>
                <xsl:value-of select="$t[@k='directory_person.ovr_mss.ref']"/>
                <xsl:value-of select="$t[@k='error.summary.sep']"/>
                <xsl:value-of select="mss"/>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='directory_person.activities.none']"/></p></xsl:otherwise>
    </xsl:choose>
    <h2><xsl:value-of select="$t[@k='directory_me.access']"/></h2>
    <dl class="summary-list">
      <xsl:for-each select="access/service">
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="''"/>
          <xsl:with-param name="term" select="string(name)"/>
          <xsl:with-param name="value" select="string($t[@k = concat('directory.access.', current()/state)])"/>
        </xsl:call-template>
      </xsl:for-each>
    </dl>
    <p><xsl:value-of select="$t[@k='directory_me.change']"/></p>
    <p><a href="/"><xsl:value-of select="$t[@k='directory_request.back']"/></a></p>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="term" select="''"/>
    <xsl:param name="value"/>
    <div class="summary-row">
      <dt>
        <xsl:choose>
          <xsl:when test="string($term)"><xsl:value-of select="$term"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t[@k = $label]"/></xsl:otherwise>
        </xsl:choose>
      </dt>
      <dd>
        <xsl:choose>
          <xsl:when test="string($value)"><xsl:value-of select="$value"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t[@k='directory_person.ref.none']"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </xsl:template>

</xsl:stylesheet>
