<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory_request.xsl: "Do you want access to this service?", the step
  between the home page's Add and the request.
  <content><service><code/><name/><description/>
    <state>never_requested|to_process|accepted|refused</state></service></content>
  The form POSTs code and csrf to /directory/request.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">directory_request.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="s" select="service"/>
    <h2><xsl:value-of select="$s/name"/></h2>
    <p><xsl:value-of select="$s/description"/></p>
    <xsl:choose>
      <xsl:when test="$s/state = 'never_requested'">
        <form method="post" action="/directory/request" class="form confirm">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="code" value="{$s/code}"/>
          <p class="lead"><xsl:value-of select="$t[@k='directory_request.question']"/></p>
          <p><xsl:value-of select="$t[@k='directory_request.effect']"/></p>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='directory_request.confirm']"/></button>
            <xsl:text> </xsl:text>
            <a class="button button-secondary" href="/"><xsl:value-of select="$t[@k='directory_request.cancel']"/></a>
          </div>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead"><xsl:value-of select="$t[@k = concat('directory_request.state.', $s/state)]"/></p>
        <p><a href="/"><xsl:value-of select="$t[@k='directory_request.back']"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
