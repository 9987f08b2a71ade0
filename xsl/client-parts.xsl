<?xml version="1.0" encoding="UTF-8"?>
<!--
  client-parts.xsl: pieces the client profile and family portal screens
  share, included by their stylesheets (which import layout.xsl first).

  Named templates:
    client-header   the client's name and file number, and the tabs of the
                    profile (overview, demographics, contacts), from
                    <client id=".." tab=".." active="0|1"><given_name/>
                    <family_name/><file_number/></client>
    paging          "Page 2 of 5" with links, for a <list> element
    login-state     the state of a family portal login, from <login>
    hidden-person   the hidden fields naming the person of the access screen
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="client-header">
    <xsl:param name="c" select="/page/content/client"/>
    <xsl:variable name="can-edit" select="/page/perms/p = 'clients.manage'"/>
    <p class="client-name">
      <span class="visually-hidden"><xsl:value-of select="$t[@k='client.name_label']"/><xsl:text> </xsl:text></span>
      <strong><xsl:value-of select="concat($c/given_name, ' ', $c/family_name)"/></strong>
      <xsl:if test="string($c/file_number)">
        <xsl:text> </xsl:text>
        <span class="client-file">
          <xsl:call-template name="msg">
            <xsl:with-param name="key" select="'client.file_of'"/>
            <xsl:with-param name="name" select="'n'"/>
            <xsl:with-param name="with" select="string($c/file_number)"/>
          </xsl:call-template>
        </span>
      </xsl:if>
      <xsl:if test="$c/@active = '0'">
        <xsl:text> </xsl:text>
        <span class="tag tag-muted"><xsl:value-of select="$t[@k='client.inactive']"/></span>
      </xsl:if>
    </p>
    <nav class="tabs" aria-label="{$t[@k='client.tabs']}">
      <ul class="tabs-list">
        <xsl:call-template name="client-tab">
          <xsl:with-param name="code" select="'overview'"/>
          <xsl:with-param name="href" select="concat('/client?id=', $c/@id)"/>
          <xsl:with-param name="label" select="'client.tab.overview'"/>
          <xsl:with-param name="current" select="$c/@tab"/>
        </xsl:call-template>
        <xsl:if test="$can-edit">
          <xsl:call-template name="client-tab">
            <xsl:with-param name="code" select="'demographics'"/>
            <xsl:with-param name="href" select="concat('/client/demographics?id=', $c/@id)"/>
            <xsl:with-param name="label" select="'client.tab.demographics'"/>
            <xsl:with-param name="current" select="$c/@tab"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="client-tab">
          <xsl:with-param name="code" select="'contacts'"/>
          <xsl:with-param name="href" select="concat('/client/contacts?id=', $c/@id)"/>
          <xsl:with-param name="label" select="'client.tab.contacts'"/>
          <xsl:with-param name="current" select="$c/@tab"/>
        </xsl:call-template>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template name="client-tab">
    <xsl:param name="code"/>
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:param name="current"/>
    <li class="tabs-item">
      <a class="tabs-link" href="{$href}">
        <xsl:if test="$code = $current"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:value-of select="$t[@k = $label]"/>
      </a>
    </li>
  </xsl:template>

  <!-- "Page 2 of 5" with links to the pages before and after.
         l     the <list> element (sort, dir, keep; count, page, pages)
         base  the path of the list -->
  <xsl:template name="paging">
    <xsl:param name="l"/>
    <xsl:param name="base"/>
    <xsl:variable name="page" select="number($l/page)"/>
    <xsl:variable name="pages" select="number($l/pages)"/>
    <xsl:if test="$pages &gt; 1 or $page &gt; 1">
      <xsl:variable name="to">
        <xsl:value-of select="concat($base, '?sort=', $l/@sort, '&amp;dir=', $l/@dir)"/>
        <xsl:if test="string($l/@keep)"><xsl:value-of select="concat('&amp;', $l/@keep)"/></xsl:if>
        <xsl:text>&amp;page=</xsl:text>
      </xsl:variable>
      <xsl:variable name="s" select="string($t[@k='clients.page_of'])"/>
      <nav class="paging" aria-label="{$t[@k='clients.paging']}">
        <p>
          <xsl:value-of select="substring-before($s, '{n}')"/>
          <xsl:value-of select="$page"/>
          <xsl:value-of select="substring-before(substring-after($s, '{n}'), '{m}')"/>
          <xsl:value-of select="$pages"/>
          <xsl:value-of select="substring-after($s, '{m}')"/>
        </p>
        <ul class="paging-links">
          <xsl:if test="$page &gt; 1">
            <li><a rel="prev" href="{$to}{$page - 1}"><xsl:value-of select="$t[@k='clients.prev']"/></a></li>
          </xsl:if>
          <xsl:if test="$page &lt; $pages">
            <li><a rel="next" href="{$to}{$page + 1}"><xsl:value-of select="$t[@k='clients.next']"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- The state of a family portal login: deactivated, invited (never
       signed in, since the last invitation) or its last sign-in. -->
  <xsl:template name="login-state">
    <xsl:param name="login"/>
    <xsl:choose>
      <xsl:when test="$login/active = '0'"><xsl:value-of select="$t[@k='client_access.state.deactivated']"/></xsl:when>
      <xsl:when test="$login/never = '1'">
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'client_access.state.invited'"/>
          <xsl:with-param name="name" select="'date'"/>
          <xsl:with-param name="with">
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="$login/invited_at"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'client_access.state.active'"/>
          <xsl:with-param name="name" select="'date'"/>
          <xsl:with-param name="with">
            <xsl:call-template name="datetime">
              <xsl:with-param name="value" select="$login/last_login_at"/>
              <xsl:with-param name="empty" select="'client_access.never_signed_in'"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A "Resend invitation" button: POST /client/access action=resend for
       the person (client, contact), coming back to from. -->
  <xsl:template name="resend-button">
    <xsl:param name="client"/>
    <xsl:param name="contact" select="''"/>
    <xsl:param name="from"/>
    <xsl:param name="label-id"/>
    <form method="post" action="/client/access" class="inline-form">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="resend"/>
      <input type="hidden" name="client" value="{$client}"/>
      <xsl:if test="string($contact)"><input type="hidden" name="contact" value="{$contact}"/></xsl:if>
      <input type="hidden" name="from" value="{$from}"/>
      <button type="submit" class="button button-secondary button-small">
        <xsl:if test="string($label-id)"><xsl:attribute name="aria-describedby"><xsl:value-of select="$label-id"/></xsl:attribute></xsl:if>
        <xsl:value-of select="$t[@k='client_access.resend']"/>
      </button>
    </form>
  </xsl:template>

</xsl:stylesheet>
