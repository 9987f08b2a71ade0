<?xml version="1.0" encoding="UTF-8"?>
<!-- mail/directory-request.xsl: an admin of a coordination centre learns
     that a professional asked for access to a service they administer.
     <mail><name/><service/><requester/><profession/><email/><postal_code/>
       <city/><centre/><link/><list/><new_record/>?</mail> -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="m" select="/mail"/>

  <xsl:template name="subject">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'directory.mail.subject'"/>
      <xsl:with-param name="name" select="'service'"/>
      <xsl:with-param name="with" select="string($m/service)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One "Label: value" line of the requester's details; none when the
       value is unknown. -->
  <xsl:template name="detail-text">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:value-of select="$t[@k = $label]"/>
    <xsl:value-of select="$t[@k='error.summary.sep']"/>
    <xsl:choose>
      <xsl:when test="string($value)"><xsl:value-of select="$value"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='directory.mail.unknown']"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="centre">
    <xsl:choose>
      <xsl:when test="string($m/centre)">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'directory.mail.centre'"/>
          <xsl:with-param name="name" select="'centre'"/>
          <xsl:with-param name="with" select="string($m/centre)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$t[@k='directory.mail.no_centre']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="intro">
    <xsl:call-template name="msg">
      <xsl:with-param name="key" select="'directory.mail.asked'"/>
      <xsl:with-param name="name" select="'service'"/>
      <xsl:with-param name="with" select="string($m/service)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="text">
    <xsl:call-template name="greeting-text"/>
    <xsl:call-template name="intro"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:call-template name="detail-text"><xsl:with-param name="label" select="'directory.mail.requester'"/><xsl:with-param name="value" select="string($m/requester)"/></xsl:call-template>
    <xsl:call-template name="detail-text"><xsl:with-param name="label" select="'directory.mail.profession'"/><xsl:with-param name="value" select="string($m/profession)"/></xsl:call-template>
    <xsl:call-template name="detail-text"><xsl:with-param name="label" select="'directory.mail.email'"/><xsl:with-param name="value" select="string($m/email)"/></xsl:call-template>
    <xsl:call-template name="detail-text"><xsl:with-param name="label" select="'directory.mail.postal_code'"/><xsl:with-param name="value" select="string($m/postal_code)"/></xsl:call-template>
    <xsl:call-template name="detail-text"><xsl:with-param name="label" select="'directory.mail.city'"/><xsl:with-param name="value" select="string($m/city)"/></xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:call-template name="centre"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:if test="$m/new_record">
      <xsl:value-of select="$t[@k='directory.mail.new_record']"/>
      <xsl:text>&#10;&#10;</xsl:text>
    </xsl:if>
    <xsl:value-of select="$t[@k='directory.mail.action']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$m/link"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:value-of select="$t[@k='directory.mail.list']"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="$m/list"/>
  </xsl:template>

  <xsl:template name="detail-html">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <tr>
      <th scope="row" style="text-align: left; padding-right: 1em"><xsl:value-of select="$t[@k = $label]"/></th>
      <td>
        <xsl:choose>
          <xsl:when test="string($value)"><xsl:value-of select="$value"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t[@k='directory.mail.unknown']"/></xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="body">
    <xsl:call-template name="greeting-html"/>
    <p><xsl:call-template name="intro"/></p>
    <table>
      <xsl:call-template name="detail-html"><xsl:with-param name="label" select="'directory.mail.requester'"/><xsl:with-param name="value" select="string($m/requester)"/></xsl:call-template>
      <xsl:call-template name="detail-html"><xsl:with-param name="label" select="'directory.mail.profession'"/><xsl:with-param name="value" select="string($m/profession)"/></xsl:call-template>
      <xsl:call-template name="detail-html"><xsl:with-param name="label" select="'directory.mail.email'"/><xsl:with-param name="value" select="string($m/email)"/></xsl:call-template>
      <xsl:call-template name="detail-html"><xsl:with-param name="label" select="'directory.mail.postal_code'"/><xsl:with-param name="value" select="string($m/postal_code)"/></xsl:call-template>
      <xsl:call-template name="detail-html"><xsl:with-param name="label" select="'directory.mail.city'"/><xsl:with-param name="value" select="string($m/city)"/></xsl:call-template>
    </table>
    <p><strong><xsl:call-template name="centre"/></strong></p>
    <xsl:if test="$m/new_record">
      <p><xsl:value-of select="$t[@k='directory.mail.new_record']"/></p>
    </xsl:if>
    <p><xsl:value-of select="$t[@k='directory.mail.action']"/></p>
    <p><a href="{$m/link}"><xsl:value-of select="$t[@k='directory.mail.open']"/></a></p>
    <p><xsl:value-of select="$m/link"/></p>
    <p><xsl:value-of select="$t[@k='directory.mail.list']"/><br/>
      <a href="{$m/list}"><xsl:value-of select="$m/list"/></a></p>
  </xsl:template>
</xsl:stylesheet>
