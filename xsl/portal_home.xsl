<?xml version="1.0" encoding="UTF-8"?>
<!--
  portal_home.xsl: the family portal's first page, to pick a profile.
  <content><profiles><profile><client_id/><given_name/><family_name/><role/>
    <mfa_required/></profile>…</profiles></content>
  (With a single profile the program goes straight to it.)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">portal_home.title</xsl:template>

  <xsl:template match="content">
    <xsl:choose>
      <xsl:when test="profiles/profile">
        <p class="lead"><xsl:value-of select="$t[@k='portal_home.choose']"/></p>
        <ul class="tiles">
          <xsl:for-each select="profiles/profile">
            <li class="tile">
              <h2 class="tile-title">
                <a class="tile-link" href="/portal/profile?client={client_id}"><xsl:value-of select="concat(given_name, ' ', family_name)"/></a>
              </h2>
              <p class="tile-text">
                <xsl:call-template name="msg">
                  <xsl:with-param name="key" select="'portal_home.as_role'"/>
                  <xsl:with-param name="name" select="'role'"/>
                  <xsl:with-param name="with" select="string(role)"/>
                </xsl:call-template>
              </p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead"><xsl:value-of select="$t[@k='portal_home.none']"/></p>
        <p><xsl:value-of select="$t[@k='portal_home.none_help']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
