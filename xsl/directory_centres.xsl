<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_centres.xsl: the coordination centres and their postal areas.
  <content><dirmenu …/><centres><centre><id/><name/><prefixes/><persons/>
    <admins/></centre>…</centres></content>
  Forms POST to /directory/centres: action=areas (id, before, areas_ID),
  action=add (name).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory_centres.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="dirmenu"/>
    <p class="lead"><xsl:value-of select="$t[@k='directory_centres.intro']"/></p>
    <xsl:for-each select="centres/centre">
      <section aria-labelledby="centre-{id}">
        <h2 id="centre-{id}"><xsl:value-of select="name"/></h2>
        <p>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'directory_centres.counts'"/>
            <xsl:with-param name="name" select="'n'"/>
            <xsl:with-param name="with" select="string(persons)"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'directory_centres.admins'"/>
            <xsl:with-param name="name" select="'n'"/>
            <xsl:with-param name="with" select="string(admins)"/>
          </xsl:call-template>
        </p>
        <form method="post" action="/directory/centres" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="action" value="areas"/>
          <input type="hidden" name="id" value="{id}"/>
          <input type="hidden" name="before" value="{prefixes}"/>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="concat('areas_', id)"/>
            <xsl:with-param name="label" select="'directory_centres.areas'"/>
            <xsl:with-param name="help" select="'directory_centres.areas.help'"/>
            <xsl:with-param name="value" select="prefixes"/>
            <xsl:with-param name="maxlength" select="'1500'"/>
            <xsl:with-param name="autocomplete" select="'off'"/>
          </xsl:call-template>
          <div class="form-actions">
            <button type="submit" class="button button-secondary">
              <xsl:value-of select="$t[@k='directory_centres.save']"/>
              <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span>
            </button>
          </div>
        </form>
      </section>
    </xsl:for-each>
    <form method="post" action="/directory/centres" class="form">
      <h2><xsl:value-of select="$t[@k='directory_centres.add']"/></h2>
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="add"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="label" select="'directory_centres.name'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_centres.add.submit']"/></button>
      </div>
    </form>
  </xsl:template>

</xsl:stylesheet>
