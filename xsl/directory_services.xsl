<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_services.xsl: the service catalogue.
  <content><dirmenu …/><services><service><id/><code/><kind/><name/>
    <link_kind/><href/><active/><position/><centres/><accepted/></service>…</services></content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory_services.title</xsl:template>

  <xsl:template match="content">
    <xsl:call-template name="dirmenu"/>
    <p class="lead"><xsl:value-of select="$t[@k='directory_services.intro']"/></p>
    <p><a class="button" href="/directory/service"><xsl:value-of select="$t[@k='directory_services.add']"/></a></p>
    <section class="table-wrap" aria-labelledby="services-caption" tabindex="0">
      <table class="table">
        <caption id="services-caption"><xsl:value-of select="$t[@k='directory_services.caption']"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='directory_service.code']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_services.col.name']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_service.href']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_services.col.centres']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_services.col.accepted']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory_services.col.offered']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="services/service">
            <tr>
              <td><xsl:value-of select="code"/></td>
              <th scope="row"><a href="/directory/service?id={id}"><xsl:value-of select="name"/></a></th>
              <td class="cell-wrap"><xsl:value-of select="href"/></td>
              <td><xsl:value-of select="centres"/></td>
              <td class="num"><xsl:value-of select="accepted"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="active = '1'"><xsl:value-of select="$t[@k='directory_import.yes']"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t[@k='directory_import.no']"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
